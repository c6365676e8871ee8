"""Train a small spaCy NER pipeline (PERSON only) on generated Danish/Swedish text and save it.

It stands in for an installed pipeline (da_core_news_lg, DaCy, KB-BERT) where none can be
downloaded: bench_ner.py --pipeline PATH and tests/detect/ner/test_ner_combine.py score it alone and
combined with the offline finder on held-out text. Trained on the ``dev`` templates only; the
``test`` and ``fresh`` splits stay unseen.

    .venv/bin/python benchmarks/ner_train.py /tmp/tiny_ner --docs 150 --epochs 6
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner_corpus import Doc, Generator, faker_names


def training_docs(docs: int, seed: int = 1) -> list[Doc]:
    names = faker_names()
    out: list[Doc] = []
    for lang in ("da", "sv"):
        first, last = names[lang]
        gen = Generator(lang, "dev", first, last, seed=seed)
        out += [gen.business() for _ in range(docs)] + [gen.news() for _ in range(docs)]
    return out


def train(out: Path, docs: int = 150, epochs: int = 6, seed: int = 1) -> Path:
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed

    fix_random_seed(seed)
    nlp = spacy.blank("da")  # Danish tokenisation serves Swedish text as well
    ner = nlp.add_pipe("ner")
    ner.add_label("PER")
    examples = []
    for doc in training_docs(docs, seed):
        made = nlp.make_doc(doc.text)
        ents = []
        for start, end, _label in doc.spans:
            span = made.char_span(start, end, label="PER", alignment_mode="contract")
            if span is not None:
                ents.append((span.start_char, span.end_char, "PER"))
        examples.append(Example.from_dict(made, {"entities": ents}))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for i in range(0, len(examples), 16):
            nlp.update(examples[i : i + 16], sgd=optimizer, drop=0.2)
    nlp.to_disk(out)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=150, help="documents per language and kind")
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    print(train(args.out, args.docs, args.epochs, args.seed))


if __name__ == "__main__":
    main()
