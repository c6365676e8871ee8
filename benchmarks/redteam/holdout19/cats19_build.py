"""Build the v19 categories hold-out: ``python -m benchmarks.redteam.holdout19.cats19_build``.

Writes benchmarks/data/redteam/holdout19/categories.jsonl. Hand-written documents come from the banks
``cats19_hand_da.py``, ``cats19_hand_sv.py`` and ``cats19_hand_en.py`` (English, German and Polish text written
in Danish and Swedish workplaces; ``=== family lang`` starts a document, markup in ``cats19_markup.py``; a
``{{A||B}}`` minimal pair gives two documents); generated ones from ``cats19_gen.py``. Rerunning with the default
seed reproduces the committed file byte for byte.

Labelling rules (written before any scoring): the v4-v18 rules of benchmarks/data/redteam/README.md and of
``holdout11/cats11_build.py`` to ``holdout18/cats18_build.py`` (1-148) apply unchanged; rule 119 (a politician
named with the party elected for is labelled although it is their public role) and rules 129 (research
participants named only by a code are negatives), 130 (a deceased person's categories are negatives, a living
survivor's are labelled), 131 (a post or comment under a full display name is identifiable) and 117 (a carrier
state or variant is genetic; a disease the person has, stated with its gene, is health+genetic) are kept as they
stand. A label marks the sentence (or record line, or clause) revealing an art. 9/10 category about an
identifiable LIVING person; scoring is per document. Additions for v19 (people talking about themselves and each
other: social media, forums, chat, customer service, HR talks, whistleblowing, surveys and interviews, dating,
memorial pages, podcasts, news comments, boards of tenants and clubs, counselling and job centres, case law
summaries, foreign-language text from Nordic workplaces), arguable calls marked:

149. Social media, forums and news comments: a post or comment under a full display name, or under a handle with
     the full name shown beside it ("helle_m_andersen (Helle M. Andersen)"), is identifiable; a first-person
     statement of the writer's own illness, faith, vote, party post, union use or conviction is labelled. An
     opinion about a topic (religion in schools, free psychologists, advertising bans, a budget) stating no
     belief, vote or membership of the writer's own is a negative (arguable: a view on a public matter is an
     opinion, but not a political opinion in art. 9's sense of a party or movement); a signature of a first name
     and a town under a question ("/ Karsten, Haderslev") asks and reveals nothing.
150. Chat (SMS, Messenger, Teams, Slack): a speaker shown by display name is identifiable; in an SMS thread seen
     from one phone, the line "(Telefonen tilhører ...)" names the phone's owner, and the owner's own lines ("Mig:",
     "Jag:") are that person's. A workplace chat about a prayer room, a canteen's halal corner or a Christmas lunch
     menu reveals nobody's faith.
151. Customer-service transcripts and notes: the customer named in the log or by the agent is identifiable; a
     condition asked about for the customer's own cover, a prescription medicine naming or implying its illness
     (Metotrexat for arthritis, Levaxin for an underactive thyroid, lithium), a religious meal ordered because the
     customer keeps its rules, a voice print or face template enrolled to identify the customer (biometric) and a
     union's dues or lawyer used by the customer are labelled; a windscreen, a theft, a roaming fee, an outage,
     a BankID or a new phone number, a window seat, sun cream and plasters are negatives.
152. HR talks (performance and development reviews, exit interviews) follow rule 128: an illness named as the
     reason is health, a union role is trade_union, a same-sex spouse is sexual_orientation (rule 139's plain
     reading, kept); a new job, commuting, a partner's job abroad are negatives. A template or guide for such
     talks is a negative. A question whether the firm treats union members differently, asked by a named
     employee, states no membership (negative; arguable).
153. Whistleblower reports: a report naming a person as convicted of a crime is criminal_records (the report's
     word, not a verified record: arguable, as rule 127's suspect); breaches of internal rules (gifts from
     suppliers, approving one's own expenses, shouting, skipping training) are negatives; an annual report with
     counts is a negative.
154. Surveys and interviews: a free-text answer under a named respondent (a named opt-in survey, a transcript whose
     participant agreed to be named) is labelled; anonymous answers ("Svar 17") and coded participants ("IP 4",
     "IP 11") are negatives (rule 129 kept; arguable: the answers are personal data to the survey owner).
155. Dating and personal ads: a profile headed by a first name, an age and a town, or an ad signed with a full
     name, is identifiable (arguable: a first name, age and town narrow to a few people, and the platform holds
     the account); seeking a partner of the same sex is sexual_orientation, of the other sex a negative (rule
     139); a believer active in a named congregation is religion; a non-smoker, a golf club are negatives.
156. Memorial pages and death notices follow rule 130: the deceased's illness, party and union are negatives;
     the living writer's or survivor's are labelled.
157. Podcasts and video transcripts: a named guest telling of their own conviction, origin or faith is labelled;
     a personal-finance video about unions and unemployment funds is a negative.
158. Boards of tenants and clubs: a named member's illness behind a ramp or door opener, a named trainer's record
     certificate with a conviction, a named candidate's party, a child's enrolled fingerprint are labelled; a
     clean certificate (rule 140), a rule that all trainers need one, a fingerprint reader offered to all, halal
     food at a party for all, a fundraiser gala are negatives.
159. Student counselling and job-centre notes (Jobcenter, Arbetsförmedlingen) are records (rule 126): a diagnosis,
     a conviction served or a stated ethnic group is labelled; a change of programme, a driving licence, a study
     job, a visit to the union about one's rights with nothing said about membership (arguable: visiting hints at
     it) are negatives.
160. Case-law summaries: a party named in the summary (a convicted defendant, an employee dismissed for a named
     illness or as a union representative) is labelled; the same summary with the party anonymised ("A", "T",
     "AA", "the employee", "anonymised") is a negative, as is a summary of a discrimination case naming nobody
     (arguable: with the full judgement a reader could identify the parties).
161. Indirect statements: a partner's gender (rule 139), a religious practice stated as the person's own (Mass,
     Eid off work, the Isha prayer, Friday prayer, Orthodox Christmas, kosher meals one keeps, leaving the church,
     church membership), a prescription medicine with its condition, a union's lawyer or dues used, a party post
     or list place held are labelled; their plain look-alikes (a sister's wedding, a Christmas tree, a football
     match, the dentist, window seats, a staff-association or rowing-club post, the Vasaloppet start list) are
     negatives. Leaving the church is religion (rule 3: a stated status counts even when negative).
162. English, German and Polish text is labelled as Danish and Swedish text (rule 146); its ``lang`` is the language
     it is written in.
163. Generated layouts (a job-centre note, a customer-service call note, an exit-interview form, a club or
     tenants' board item): the header names the person and is not a label;
     the focus line decides. Look-alike lines reuse the revealing words without revealing (a policy question, a
     cathedral concert, declining to say whether one is in a union, counting votes, a witness, a library book, a
     rainbow flag hung for all, a price question about gene tests, a new access card, a fundraiser, a first-aid
     kit, a vegetarian meal).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build
from benchmarks.redteam.holdout19 import cats19_gen, cats19_hand_da, cats19_hand_en, cats19_hand_sv

DEFAULT_SEED = 19909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout19" / "categories.jsonl"
BANKS = (cats19_hand_da.BANK, cats19_hand_sv.BANK, cats19_hand_en.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v19's banks, generator and ids."""
    return cats10_build.build(seed, banks=BANKS, generate=cats19_gen.generate, prefix="c19")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
