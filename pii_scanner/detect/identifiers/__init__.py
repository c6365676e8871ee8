"""Pure identifier modules in the python-stdnum style (no I/O: data such as the CPR exemption dates is handed in).

Each module exposes ``compact``, ``validate`` (returns the normalised value), ``is_valid``, ``format`` and
``info``; the national identity numbers also ``birth_date``. Errors are the typed
:class:`~pii_scanner.core.errors.InvalidIdentifier` subclasses and never contain the number itself.

- :mod:`._common`: :class:`IdentifierInfo`, Luhn and small shared helpers
- :mod:`.dk_cpr`: Danish CPR-nummer (modulus 11 reported, not enforced)
- :mod:`.se_personnummer`: Swedish personnummer and samordningsnummer
- :mod:`.no_fodselsnummer`: Norwegian fødselsnummer, D- and H-numbers
- :mod:`.fi_hetu`: Finnish henkilötunnus (personal identity code)
- :mod:`.is_kennitala`: Icelandic kennitala (persons and companies)
- :mod:`.iban`: IBAN (ISO 13616, mod 97, per-country lengths)
- :mod:`.credit_card`: payment card numbers (Luhn and IIN ranges)
"""
