/*
 * pii_scanner_names: the compiled run pass of the offline name finder (pii_scanner/detect/ner/fallback.py).
 *
 * runs(finder, tables, text, heads, sig) -> list of (what, start, end, cue bits, run), exactly what
 * FallbackNameFinder._runs (the pure twin, the reference) returns. Only the mechanics are here: the
 * capitalised-run regex RUN as a hand-written scanner, the one-word skips, the cue bits around a run.
 * Every rule that depends on the name lexicons stays in Python: memo dicts are read here and filled by
 * calling the finder's own methods on a miss (_token, _plain, _next_facts, _word_cue, _line), and rare
 * branches (a sign-off on the line, a "/" before the run, "<" or "(" after it, a line longer than the
 * look-back) call the finder's methods outright.
 *
 * tables = (tokens, plains, fields, next_facts, word_cues, never): the finder's memo dicts, the set of
 * field labels, and a bit mask of the word classes never a name alone.
 *
 * judge(...) then judges those records exactly as FallbackNameFinder._judge_records (the pure twin): the
 * memoised decisions are read here and the PERSON findings, pending one-word runs and names-seen sets made
 * here; a memo miss and the rare branches (a surname before a verb, a particle before a lone surname, a run a
 * ":" follows) call the finder's methods.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define NAMES_ABI 4
#ifndef NAMES_SOURCE
#define NAMES_SOURCE "unknown" /* setup.py defines it: the hash of this file */
#endif

/* Cue bits, as fallback._CUE_NAMES orders them. */
#define C_FIELD 1
#define C_SALUTATION 2
#define C_SIGNATURE 4
#define C_TITLE 8
#define C_DISPLAY 16
#define C_AGE 32
#define C_MID 64
#define C_SPEECH 128
#define C_STRONG (C_FIELD | C_SALUTATION | C_SIGNATURE | C_TITLE | C_DISPLAY | C_AGE)
/* fallback._NEXT_SEEN, _BLOCKS, _NEXT_SPEECH */
#define N_BLOCKS 2
#define N_SPEECH 4
/* fallback._SLASH, _COLON: a general run's bits */
#define G_SLASH (1L << 16)
#define G_COLON (1L << 17)
/* fallback._ONE, _PLAIN_RUN, _GENERAL */
#define W_ONE 0
#define W_PLAIN 1
#define W_GENERAL 2

#define LINE_LIMIT 300
#define WORD_BACK 40

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

static inline Py_UCS4
at(const Text *t, Py_ssize_t i)
{
    return PyUnicode_READ(t->kind, t->data, i);
}

/* fallback._UP / _LOW: ASCII letters plus the cased letters of Latin-1 .. Extended-B and Latin Extended
 * Additional (str.isupper()/islower() and isalpha() of one character are these macros). */
static inline int
latin_range(Py_UCS4 c)
{
    return (c >= 0xC0 && c < 0x250) || (c >= 0x1E00 && c < 0x1F00);
}

static inline int
is_up(Py_UCS4 c)
{
    if (c < 128)
        return c >= 'A' && c <= 'Z';
    return latin_range(c) && Py_UNICODE_ISUPPER(c) && Py_UNICODE_ISALPHA(c);
}

static inline int
is_low(Py_UCS4 c)
{
    if (c < 128)
        return c >= 'a' && c <= 'z';
    return latin_range(c) && Py_UNICODE_ISLOWER(c) && Py_UNICODE_ISALPHA(c);
}

/* The regex module's \w on str patterns. */
static inline int
is_word(Py_UCS4 c)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return Py_UNICODE_ISALNUM(c);
}

static inline int
is_blank(Py_UCS4 c)
{
    return c == ' ' || c == '\t';
}

static inline int
is_quote(Py_UCS4 c)
{
    return c == '\'' || c == 0x2019;
}

/* _WORD at p: the greedy end, and where the regex ends when a word character follows that end (before
 * the last "-Part", else before "'part"; -1: nowhere). */
static int
parse_word(const Text *t, Py_ssize_t p, Py_ssize_t *end, Py_ssize_t *fallback)
{
    Py_ssize_t n = t->n, q = p + 1, fb = -1;
    if (!is_up(at(t, p)))
        return 0;
    if (q + 1 < n && is_quote(at(t, q)) && is_up(at(t, q + 1)))
        q += 2;
    if (q >= n || !is_low(at(t, q)))
        return 0;
    while (q < n && is_low(at(t, q)))
        q++;
    if (q + 1 < n && is_quote(at(t, q)) && is_low(at(t, q + 1))) {
        fb = q;
        q++;
        while (q < n && is_low(at(t, q)))
            q++;
    }
    while (q < n && at(t, q) == '-') {
        Py_ssize_t r = q + 1;
        if (r + 1 < n && is_up(at(t, r)) && is_low(at(t, r + 1)))
            r++;
        else if (!(r < n && is_low(at(t, r))))
            break;
        while (r < n && is_low(at(t, r)))
            r++;
        fb = q;
        q = r;
    }
    *end = q;
    *fallback = fb;
    return 1;
}

/* _INITIAL at p ("J.", "H.C.", "J.-P."): the greedy end, and the last place before a "-" iteration. */
static int
parse_initial(const Text *t, Py_ssize_t p, Py_ssize_t *end, Py_ssize_t *fallback)
{
    Py_ssize_t n = t->n, q, fb = -1;
    if (!(p + 1 < n && is_up(at(t, p)) && at(t, p + 1) == '.'))
        return 0;
    q = p + 2;
    for (;;) {
        Py_ssize_t r = q;
        int dash = r < n && at(t, r) == '-';
        if (dash)
            r++;
        if (!(r + 1 < n && is_up(at(t, r)) && at(t, r + 1) == '.'))
            break;
        if (dash)
            fb = q;
        q = r + 2;
    }
    *end = q;
    *fallback = fb;
    return 1;
}

static int
parse_token(const Text *t, Py_ssize_t p, Py_ssize_t *end, Py_ssize_t *fallback)
{
    return parse_word(t, p, end, fallback) || parse_initial(t, p, end, fallback);
}

static const char *const PARTICLES[] = {"von", "van", "der", "den", "de", "af", "du", "la", "le", "di", "da", "del",
                                        "della", "dos", "das", "el", "al", "bin", "ibn", "ben", "zu", "ter", "ten", NULL};

/* A particle followed by blanks at q: the position after the blanks, or -1. */
static Py_ssize_t
particle_at(const Text *t, Py_ssize_t q)
{
    char buf[8];
    Py_ssize_t r = q, n = t->n;
    while (r < n && r - q < 6) {
        Py_UCS4 c = at(t, r);
        if (c < 'a' || c > 'z')
            break;
        buf[r - q] = (char)c;
        r++;
    }
    if (r == q || r >= n || !is_blank(at(t, r)))
        return -1;
    buf[r - q] = 0;
    for (const char *const *w = PARTICLES; *w; w++) {
        if (strcmp(*w, buf) == 0) {
            while (r < n && is_blank(at(t, r)))
                r++;
            return r;
        }
    }
    return -1;
}

static inline int
end_ok(const Text *t, Py_ssize_t q)
{
    if (q >= t->n)
        return 1;
    Py_UCS4 c = at(t, q);
    return !(is_word(c) || c == '@');
}

/* fallback.RUN matched at p (finditer semantics: the leftmost-first match the regex would give). */
static Py_ssize_t
run_at(const Text *t, Py_ssize_t p)
{
    Py_ssize_t end, fb, prev = -1, n = t->n;
    if (p > 0) {
        Py_UCS4 b = at(t, p - 1);
        if (is_word(b) || b == '@' || b == '.')
            return -1;
    }
    if (!parse_token(t, p, &end, &fb))
        return -1;
    for (;;) {
        Py_ssize_t q = end, e2, fb2;
        if (!(q < n && is_blank(at(t, q))))
            break;
        while (q < n && is_blank(at(t, q)))
            q++;
        for (;;) {
            Py_ssize_t r = particle_at(t, q);
            if (r < 0)
                break;
            q = r;
        }
        if (!parse_token(t, q, &e2, &fb2))
            break;
        prev = end;
        end = e2;
        fb = fb2;
    }
    if (end_ok(t, end))
        return end;
    if (fb >= 0)
        return fb;
    return prev;
}

/* Was the function called with exactly `want` arguments? 1, or 0 with TypeError. */
static int
arg_count(const char *name, Py_ssize_t nargs, Py_ssize_t want)
{
    if (nargs == want)
        return 1;
    PyErr_Format(PyExc_TypeError, "%s() takes %zd arguments (%zd given)", name, want, nargs);
    return 0;
}

/* --- one pass for several words -------------------------------------------------------------- */

#define ANY_MAX_WORDS 64

/* Does words[w] (of length len, first character already equal) stand in t at i? */
static inline int
word_at(const Text *word, const Text *t, Py_ssize_t i)
{
    for (Py_ssize_t k = 1; k < word->n; k++) {
        if (at(word, k) != at(t, i + k))
            return 0;
    }
    return 1;
}

/* Does any of words (a tuple of str) occur in text, as any(map(text.__contains__, words))? One pass over the
 * text for the words whose first character is below 256 (chained by first character, a place passed over
 * unless its next character can be such a word's second), str.find for the others. 1, 0, or -1 on error. */
static int
any_in_text(PyObject *text, PyObject *words)
{
    Py_ssize_t count = PyTuple_GET_SIZE(words), n = PyUnicode_GET_LENGTH(text);
    if (count > ANY_MAX_WORDS) { /* many words: one search each */
        for (Py_ssize_t w = 0; w < count; w++) {
            int r = PyUnicode_Contains(text, PyTuple_GET_ITEM(words, w));
            if (r != 0)
                return r;
        }
        return 0;
    }
    Text word[ANY_MAX_WORDS];
    signed char head[256], next[ANY_MAX_WORDS];
    unsigned char second[256][32]; /* first character -> the second characters (below 256) of its words */
    unsigned char any_second[256]; /* first character -> a word of one character, or with a wider second one */
    memset(head, -1, sizeof head);
    int scanned = 0;
    for (Py_ssize_t w = count - 1; w >= 0; w--) {
        PyObject *item = PyTuple_GET_ITEM(words, w);
        if (!PyUnicode_Check(item)) {
            PyErr_SetString(PyExc_TypeError, "the words must be str");
            return -1;
        }
        word[w].kind = PyUnicode_KIND(item);
        word[w].data = PyUnicode_DATA(item);
        word[w].n = PyUnicode_GET_LENGTH(item);
        if (word[w].n == 0)
            return 1; /* "" is in every str */
        Py_UCS4 c0 = at(&word[w], 0);
        if (c0 < 256) {
            if (head[c0] < 0) {
                memset(second[c0], 0, sizeof second[c0]);
                any_second[c0] = 0;
            }
            next[w] = head[c0];
            head[c0] = (signed char)w;
            scanned = 1;
            Py_UCS4 c1 = word[w].n > 1 ? at(&word[w], 1) : 256;
            if (c1 < 256)
                second[c0][c1 >> 3] |= (unsigned char)(1u << (c1 & 7));
            else
                any_second[c0] = 1;
        }
        else if (word[w].n <= n) {
            Py_ssize_t pos = PyUnicode_Find(text, item, 0, n, 1);
            if (pos != -1)
                return pos == -2 ? -1 : 1;
        }
    }
    if (!scanned)
        return 0;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), n};
    if (t.kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *d = (const Py_UCS1 *)t.data;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS1 c = d[i];
            if (head[c] < 0)
                continue;
            if (!any_second[c] && (i + 1 >= n || !(second[c][d[i + 1] >> 3] & (1u << (d[i + 1] & 7)))))
                continue; /* no word of this first character goes on with the next one */
            for (int w = head[c]; w >= 0; w = next[w]) {
                if (word[w].n <= n - i && word_at(&word[w], &t, i))
                    return 1;
            }
        }
        return 0;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = at(&t, i);
        if (ch >= 256 || head[ch] < 0)
            continue;
        if (!any_second[ch]) {
            Py_UCS4 c1 = i + 1 < n ? at(&t, i + 1) : 256;
            if (c1 >= 256 || !(second[ch][c1 >> 3] & (1u << (c1 & 7))))
                continue;
        }
        for (int w = head[ch]; w >= 0; w = next[w]) {
            if (word[w].n <= n - i && word_at(&word[w], &t, i))
                return 1;
        }
    }
    return 0;
}

/* Case folding of the Latin-1 characters whose str.casefold is one Latin-1 character: all but "ß" (folds to
 * "ss") and "µ" (to a Greek letter). Filled at import. */
static Py_UCS1 FOLD1[256];

static void
fold1_init(void)
{
    for (int c = 0; c < 256; c++)
        FOLD1[c] = (Py_UCS1)((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c);
}

/* Does any of words[lo:hi] (at most ANY_MAX_WORDS str) stand in the Latin-1 text d[:n] as folded by FOLD1?
 * A word's characters are compared as they are (the caller hands folded words); a word holding a character
 * past Latin-1 stands in no such text. One pass: a place is passed over unless its folded character can
 * open a word and the next one can be that word's second. 1, 0, or -1 on error. */
static int
folded_in_chunk(const Py_UCS1 *d, Py_ssize_t n, PyObject *words, Py_ssize_t lo, Py_ssize_t hi)
{
    const Py_UCS1 *word[ANY_MAX_WORDS];
    Py_ssize_t len[ANY_MAX_WORDS];
    signed char head[256], next[ANY_MAX_WORDS];
    unsigned char second[256][32]; /* first character -> the second characters of its words */
    unsigned char one[256];        /* first character -> a word of one character */
    memset(head, -1, sizeof head);
    int scanned = 0;
    for (Py_ssize_t w = hi - 1; w >= lo; w--) {
        PyObject *item = PyTuple_GET_ITEM(words, w);
        if (!PyUnicode_Check(item)) {
            PyErr_SetString(PyExc_TypeError, "the words must be str");
            return -1;
        }
        Py_ssize_t k = w - lo, m = PyUnicode_GET_LENGTH(item);
        if (m == 0)
            return 1; /* "" is in every str */
        if (PyUnicode_KIND(item) != PyUnicode_1BYTE_KIND || m > n)
            continue; /* a character past Latin-1, or longer than the text */
        word[k] = PyUnicode_1BYTE_DATA(item);
        len[k] = m;
        Py_UCS1 c0 = word[k][0];
        if (head[c0] < 0) {
            memset(second[c0], 0, sizeof second[c0]);
            one[c0] = 0;
        }
        if (m == 1)
            one[c0] = 1;
        else
            second[c0][word[k][1] >> 3] |= (unsigned char)(1u << (word[k][1] & 7));
        next[k] = head[c0];
        head[c0] = (signed char)k;
        scanned = 1;
    }
    if (!scanned)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS1 c = FOLD1[d[i]];
        if (head[c] < 0)
            continue;
        if (one[c])
            return 1;
        if (i + 1 >= n)
            break;
        Py_UCS1 c1 = FOLD1[d[i + 1]];
        if (!(second[c][c1 >> 3] & (1u << (c1 & 7))))
            continue;
        for (int w = head[c]; w >= 0; w = next[w]) {
            if (len[w] > n - i)
                continue;
            Py_ssize_t k = 1;
            while (k < len[w] && word[w][k] == FOLD1[d[i + k]])
                k++;
            if (k == len[w])
                return 1;
        }
    }
    return 0;
}

/* folded_any_in(text, words, more) -> (any word of words in text.casefold(), any of more in it), for tuples of
 * case-folded str words, without a folded copy of the text; None when the text is not Latin-1 or holds "ß" or
 * "µ" (the caller folds it then). */
static PyObject *
names_folded_any_in(PyObject *self, PyObject *args)
{
    PyObject *text, *sets[2];
    if (!PyArg_ParseTuple(args, "UO!O!:folded_any_in", &text, &PyTuple_Type, &sets[0], &PyTuple_Type, &sets[1]))
        return NULL;
    if (PyUnicode_KIND(text) != PyUnicode_1BYTE_KIND)
        Py_RETURN_NONE;
    const Py_UCS1 *d = PyUnicode_1BYTE_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (memchr(d, 0xDF, (size_t)n) != NULL || memchr(d, 0xB5, (size_t)n) != NULL)
        Py_RETURN_NONE;
    int found[2] = {0, 0};
    for (int s = 0; s < 2; s++) {
        Py_ssize_t count = PyTuple_GET_SIZE(sets[s]);
        for (Py_ssize_t lo = 0; found[s] == 0 && lo < count; lo += ANY_MAX_WORDS) {
            found[s] = folded_in_chunk(d, n, sets[s], lo, lo + ANY_MAX_WORDS < count ? lo + ANY_MAX_WORDS : count);
            if (found[s] < 0)
                return NULL;
        }
    }
    return Py_BuildValue("(OO)", found[0] ? Py_True : Py_False, found[1] ? Py_True : Py_False);
}

/* any_in(text, words) -> any(map(text.__contains__, words)) for a tuple of str words. */
static PyObject *
names_any_in(PyObject *self, PyObject *args)
{
    PyObject *text, *words;
    if (!PyArg_ParseTuple(args, "UO!:any_in", &text, &PyTuple_Type, &words))
        return NULL;
    int r = any_in_text(text, words);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

/* caps_pair(text) -> fallback._has_caps_pair(text): two capitals, blanks, two capitals ("JENS HANSEN"), or a
 * colon, any blanks, two capitals ("Navn: ÅSA"). */
static PyObject *
names_caps_pair(PyObject *self, PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:caps_pair", &text))
        return NULL;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    for (Py_ssize_t i = 0; i + 1 < t.n; i++) {
        Py_UCS4 ch = at(&t, i);
        Py_ssize_t j;
        if (ch == ':') {
            j = i + 1;
        }
        else if (is_up(ch) && is_up(at(&t, i + 1)) && i + 2 < t.n && is_blank(at(&t, i + 2))) {
            j = i + 2;
        }
        else {
            continue;
        }
        while (j < t.n && is_blank(at(&t, j)))
            j++;
        if (j + 1 < t.n && is_up(at(&t, j)) && is_up(at(&t, j + 1)))
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

/* --- a finding built without its dataclass __init__ ------------------------------------------- */

static PyObject *s_fields[9], *s_person;

/* Can person() make instances of cls (a plain Python class whose instances object.__new__ makes)? 0, or -1
 * with TypeError: any other class (memoryview, an exception, datetime...) has a constructor of its own that
 * never ran, and freeing or using its half-made instance crashes the interpreter. */
static int
person_class_ok(PyObject *cls)
{
    if (!PyType_Check(cls)) {
        PyErr_SetString(PyExc_TypeError, "person() needs a class first");
        return -1;
    }
    PyTypeObject *tp = (PyTypeObject *)cls;
    if (!(tp->tp_flags & Py_TPFLAGS_HEAPTYPE) || tp->tp_new != PyBaseObject_Type.tp_new) {
        PyErr_SetString(PyExc_TypeError, "person() makes instances of a plain class only");
        return -1;
    }
    if (tp->tp_alloc == NULL || (tp->tp_flags & Py_TPFLAGS_IS_ABSTRACT)) {
        PyErr_SetString(PyExc_TypeError, "person() cannot make an instance of this class");
        return -1;
    }
    return 0;
}

/* An instance of cls (checked by person_class_ok) with the nine fields set. New reference. */
static PyObject *
new_person(PyTypeObject *cls, PyObject *start, PyObject *end, PyObject *score, PyObject *value, PyObject *normalized,
           PyObject *explanation)
{
    PyObject *obj = cls->tp_alloc(cls, 0);
    if (obj == NULL)
        return NULL;
    PyObject *values[9] = {s_person, start, end, score, value, normalized, explanation, Py_None, Py_None};
    for (int i = 0; i < 9; i++) {
        if (PyObject_GenericSetAttr(obj, s_fields[i], values[i]) < 0) {
            Py_DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

/* person(cls, start, end, score, value, normalized, explanation) -> cls("PERSON", start, end, score, value,
 * normalized, explanation), its fields (entity_type, start, end, score, value, normalized, explanation,
 * subtype, part; the last two None) set as object.__setattr__ sets them, without the frozen dataclass's
 * generated __init__ (name_kernel uses it only for a class with exactly these fields and no __post_init__). */
static PyObject *
names_person(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!arg_count("person", nargs, 7))
        return NULL;
    if (person_class_ok(args[0]) < 0)
        return NULL;
    return new_person((PyTypeObject *)args[0], args[1], args[2], args[3], args[4], args[5], args[6]);
}

/* --- calling back into the finder ------------------------------------------------------------ */

static PyObject *s_first_word_salutes, *s_casefold, *s_label_word;
static PyObject *s_token, *s_plain, *s_slash, *s_next_facts, *s_word_cue, *s_line, *s_above, *s_salutation_first,
    *s_signature_before, *s_care_of, *s_after_hint, *s_context_mask, *s_length, *s_field_last, *s_brand;

/* A memo entry, or the finder's method's answer on a miss (the method fills the memo). New reference. */
static PyObject *
memo(PyObject *cache, PyObject *key, PyObject *finder, PyObject *method)
{
    PyObject *v = PyDict_GetItemWithError(cache, key);
    if (v != NULL) {
        Py_INCREF(v);
        return v;
    }
    if (PyErr_Occurred())
        return NULL;
    return PyObject_CallMethodOneArg(finder, method, key);
}

/* A finder method called with a built argument tuple (consumed). New reference. */
static PyObject *
call(PyObject *finder, PyObject *method, PyObject *argtuple)
{
    if (argtuple == NULL)
        return NULL;
    PyObject *fn = PyObject_GetAttr(finder, method);
    if (fn == NULL) {
        Py_DECREF(argtuple);
        return NULL;
    }
    PyObject *r = PyObject_Call(fn, argtuple, NULL);
    Py_DECREF(fn);
    Py_DECREF(argtuple);
    return r;
}

/* The answer (bool or int) as a C long of a finder method called with a built argument tuple (new
 * reference, consumed); -1 with an exception set on error. */
static long
as_long(PyObject *finder, PyObject *method, PyObject *argtuple)
{
    if (argtuple == NULL)
        return -1;
    PyObject *fn = PyObject_GetAttr(finder, method);
    if (fn == NULL) {
        Py_DECREF(argtuple);
        return -1;
    }
    PyObject *r = PyObject_Call(fn, argtuple, NULL);
    Py_DECREF(fn);
    Py_DECREF(argtuple);
    if (r == NULL)
        return -1;
    long v = PyLong_AsLong(r);
    Py_DECREF(r);
    if (v == -1 && PyErr_Occurred())
        return -1;
    return v;
}

struct Judge;
/* Judges one record where runs() would append it (find_runs: no record list). */
static int judge_fields(struct Judge *j, long what, Py_ssize_t start, Py_ssize_t end, PyObject *maskobj, long mask,
                        PyObject *run);

typedef struct {
    PyObject *finder, *text, *heads;
    PyObject *tokens, *plains, *fields, *next_facts, *word_cues, *salutes, *labels, *sig_words;
    PyObject *sig_exact, *sig_tail, *sig_head, *sig_strip, *above; /* above: heads.above, looked up when needed */
    long never;
    int sig;
    Text t;
    struct Judge *judge; /* find_runs: each record judged as it is found, else NULL */
    PyObject *held; /* the tables, held from ctx_enter to ctx_leave */
} Ctx;

/* fallback._FIELD_END found in text[a:b]: "xx. ", ": ", "> ". */
static int
field_end(const Text *t, Py_ssize_t a, Py_ssize_t b)
{
    for (Py_ssize_t p = a; p + 1 < b; p++) {
        Py_UCS4 c = at(t, p);
        if ((c == ':' || c == '>') && is_blank(at(t, p + 1)))
            return 1;
        if (p + 3 < b && is_low(c) && is_low(at(t, p + 1))) {
            Py_UCS4 d = at(t, p + 2);
            if ((d == '.' || d == '!' || d == '?') && is_blank(at(t, p + 3)))
                return 1;
        }
    }
    return 0;
}

/* text[lo:hi].casefold().endswith(("c/o", "v/", "att.", "attn.")); Python decides non-ASCII windows. */
static int
care_of(Ctx *c, Py_ssize_t lo, Py_ssize_t hi)
{
    char buf[8];
    Py_ssize_t len = hi - lo;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 ch = at(&c->t, lo + i);
        if (ch >= 128)
            return (int)as_long(c->finder, s_care_of, Py_BuildValue("(Onn)", c->text, lo, hi));
        buf[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    buf[len] = 0;
    static const char *const ends[] = {"c/o", "v/", "att.", "attn.", NULL};
    for (const char *const *e = ends; *e; e++) {
        Py_ssize_t k = (Py_ssize_t)strlen(*e);
        if (len >= k && memcmp(buf + len - k, *e, (size_t)k) == 0)
            return 1;
    }
    return 0;
}

#define NO_HEAD (1LL << 62) /* fallback._NO_HEAD */

/* A memo answer (or the method's, on a miss) as 1/0; -1 on error. */
static int
memo_true(PyObject *cache, PyObject *key, PyObject *finder, PyObject *method)
{
    PyObject *v = memo(cache, key, finder, method);
    if (v == NULL)
        return -1;
    int r = PyObject_IsTrue(v);
    Py_DECREF(v);
    return r;
}

/* FallbackNameFinder._field_head: where a person-field label opening the line ends (after its ":"), or
 * NO_HEAD. fallback._LINE_HEAD, "[ \t>*\u2022-]*([^\W\d][\w .-]{0,30}?)[ \t]*:", matched by hand. */
static long long
field_head(Ctx *c, Py_ssize_t line_start, int *err)
{
    const Text *t = &c->t;
    Py_ssize_t p = line_start, n = t->n;
    while (p < n) {
        Py_UCS4 ch = at(t, p);
        if (!(is_blank(ch) || ch == '>' || ch == '*' || ch == '-' || ch == 0x2022))
            break;
        p++;
    }
    if (p >= n)
        return NO_HEAD;
    Py_UCS4 ch = at(t, p);
    if (!is_word(ch) || Py_UNICODE_ISDECIMAL(ch))
        return NO_HEAD;
    for (int k = 0;; k++) {
        Py_ssize_t pos = p + 1 + k, q = pos;
        while (q < n && is_blank(at(t, q)))
            q++;
        if (q < n && at(t, q) == ':') {
            PyObject *raw = PyUnicode_Substring(c->text, p, pos);
            if (raw == NULL) {
                *err = 1;
                return NO_HEAD;
            }
            int label = memo_true(c->labels, raw, c->finder, s_label_word);
            Py_DECREF(raw);
            if (label < 0) {
                *err = 1;
                return NO_HEAD;
            }
            return label ? (long long)(q + 1) : NO_HEAD;
        }
        if (k == 30 || pos >= n)
            return NO_HEAD;
        Py_UCS4 d = at(t, pos);
        if (!(is_word(d) || d == ' ' || d == '.' || d == '-'))
            return NO_HEAD;
    }
}

/* FallbackNameFinder._line(text, line_start, sig): (label end, content start, first word end, first word
 * a salutation, a sign-off word on the line). New reference. */
static PyObject *
line_facts(Ctx *c, Py_ssize_t line_start)
{
    const Text *t = &c->t;
    Py_ssize_t n = t->n, le = line_start + LINE_LIMIT + 1, line_end, content, fe;
    if (le > n)
        le = n;
    line_end = le;
    for (Py_ssize_t i = line_start; i < le; i++) {
        if (at(t, i) == '\n') {
            line_end = i;
            break;
        }
    }
    content = line_start;
    while (content < line_end && (is_blank(at(t, content)) || at(t, content) == ','))
        content++;
    int tab = 0;
    fe = content;
    while (fe < line_end && at(t, fe) != ' ') {
        if (at(t, fe) == '\t')
            tab = 1;
        fe++;
    }
    PyObject *first = PyUnicode_Substring(c->text, content, fe);
    if (first == NULL)
        return NULL;
    int salutation = memo_true(c->salutes, first, c->finder, s_first_word_salutes);
    Py_DECREF(first);
    if (salutation < 0)
        return NULL;
    int sig = 0;
    if (c->sig) { /* FallbackNameFinder._line_sig: a sign-off's last word in the case-folded line */
        PyObject *line = PyUnicode_Substring(c->text, line_start, line_end);
        if (line == NULL)
            return NULL;
        PyObject *folded = PyObject_CallMethodNoArgs(line, s_casefold);
        Py_DECREF(line);
        if (folded == NULL)
            return NULL;
        sig = PyUnicode_Check(folded) ? any_in_text(folded, c->sig_words) : -1;
        if (sig < 0 && !PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError, "casefold must return a str");
        Py_DECREF(folded);
        if (sig < 0)
            return NULL;
    }
    int err = 0;
    long long head_end = field_head(c, line_start, &err);
    if (err)
        return NULL;
    return Py_BuildValue("(LnLOO)", head_end, content, tab ? NO_HEAD : (long long)fe, salutation ? Py_True : Py_False,
                         sig ? Py_True : Py_False);
}

#define SHORT_PREFIX 120 /* fallback._SHORT_PREFIX */

/* Is ch one of the characters of the str chars? */
static int
in_chars(PyObject *chars, Py_UCS4 ch)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(chars);
    int kind = PyUnicode_KIND(chars);
    const void *data = PyUnicode_DATA(chars);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (PyUnicode_READ(kind, data, i) == ch)
            return 1;
    }
    return 0;
}

/* FallbackNameFinder._is_signature(line): line.strip(_SIG_STRIP) is a sign-off alone, ends with " " + one, or
 * opens with one and a comma. 1, 0, or -1 on error. */
static int
is_signature(Ctx *c, PyObject *line)
{
    Text t = {PyUnicode_KIND(line), PyUnicode_DATA(line), PyUnicode_GET_LENGTH(line)};
    Py_ssize_t a = 0, b = t.n;
    while (a < b && in_chars(c->sig_strip, at(&t, a)))
        a++;
    while (b > a && in_chars(c->sig_strip, at(&t, b - 1)))
        b--;
    PyObject *core = PyUnicode_Substring(line, a, b);
    if (core == NULL)
        return -1;
    int r = PySequence_Contains(c->sig_exact, core);
    for (Py_ssize_t i = 0; r == 0 && i < PyTuple_GET_SIZE(c->sig_tail); i++) {
        Py_ssize_t m = PyUnicode_Tailmatch(core, PyTuple_GET_ITEM(c->sig_tail, i), 0, PY_SSIZE_T_MAX, 1);
        r = m < 0 ? -1 : (int)m;
    }
    for (Py_ssize_t i = 0; r == 0 && i < PyTuple_GET_SIZE(c->sig_head); i++) {
        Py_ssize_t m = PyUnicode_Tailmatch(core, PyTuple_GET_ITEM(c->sig_head, i), 0, PY_SSIZE_T_MAX, -1);
        r = m < 0 ? -1 : (int)m;
    }
    Py_DECREF(core);
    return r;
}

/* s.casefold() (a new str), or NULL with an exception. */
static PyObject *
casefolded(PyObject *s)
{
    PyObject *folded = PyObject_CallMethodNoArgs(s, s_casefold);
    if (folded != NULL && !PyUnicode_Check(folded)) {
        Py_DECREF(folded);
        PyErr_SetString(PyExc_TypeError, "casefold must return a str");
        return NULL;
    }
    return folded;
}

/* fallback._previous_line(text, line_start): the nearest non-empty line above (at most two lines up), stripped
 * and casefolded; "" when there is none. New reference. */
static PyObject *
previous_line(Ctx *c, Py_ssize_t line_start)
{
    const Text *t = &c->t;
    Py_ssize_t pos = line_start - 1;
    for (int k = 0; k < 3; k++) {
        if (pos <= 0)
            break;
        Py_ssize_t floor = pos > LINE_LIMIT ? pos - LINE_LIMIT : 0, lo = floor;
        for (Py_ssize_t i = pos - 1; i >= floor; i--) {
            if (at(t, i) == '\n') {
                lo = i + 1;
                break;
            }
        }
        Py_ssize_t a = lo, b = pos;
        while (a < b && Py_UNICODE_ISSPACE(at(t, a)))
            a++;
        while (b > a && Py_UNICODE_ISSPACE(at(t, b - 1)))
            b--;
        if (a < b) {
            PyObject *line = PyUnicode_Substring(c->text, a, b);
            if (line == NULL)
                return NULL;
            PyObject *folded = casefolded(line);
            Py_DECREF(line);
            return folded;
        }
        pos = lo - 1;
    }
    return PyUnicode_New(0, 0);
}

/* is_signature(previous_line(line_start)). 1, 0, or -1 on error. */
static int
previous_signs(Ctx *c, Py_ssize_t line_start)
{
    PyObject *line = previous_line(c, line_start);
    if (line == NULL)
        return -1;
    int r = is_signature(c, line);
    Py_DECREF(line);
    return r;
}

/* FallbackNameFinder._above_signs(text, line_start, heads): the line above is a sign-off alone, memoised in
 * heads.above. 1, 0, or -1 on error. */
static int
above_signs(Ctx *c, Py_ssize_t line_start)
{
    if (c->above == NULL) {
        c->above = PyObject_GetAttrString(c->heads, "above");
        if (c->above == NULL)
            return -1;
        if (!PyDict_Check(c->above)) {
            PyErr_SetString(PyExc_TypeError, "heads.above must be a dict");
            return -1;
        }
    }
    PyObject *key = PyLong_FromSsize_t(line_start);
    if (key == NULL)
        return -1;
    PyObject *known = PyDict_GetItemWithError(c->above, key);
    int r;
    if (known != NULL) {
        r = PyObject_IsTrue(known);
    }
    else if (PyErr_Occurred()) {
        r = -1;
    }
    else {
        r = previous_signs(c, line_start);
        if (r >= 0 && PyDict_SetItem(c->above, key, r ? Py_True : Py_False) < 0)
            r = -1;
    }
    Py_DECREF(key);
    return r;
}

/* FallbackNameFinder._signature_before(text, line_start, start): a sign-off ends the line before the run, or
 * stands alone on the line above when nothing precedes it; a long prefix is left to Python. 1, 0, or -1. */
static int
signature_before(Ctx *c, Py_ssize_t line_start, Py_ssize_t start)
{
    if (start - line_start > SHORT_PREFIX) {
        long r = as_long(c->finder, s_signature_before, Py_BuildValue("(Onn)", c->text, line_start, start));
        return r < 0 ? -1 : (int)(r != 0);
    }
    PyObject *prefix = PyUnicode_Substring(c->text, line_start, start);
    if (prefix == NULL)
        return -1;
    PyObject *folded = casefolded(prefix);
    Py_DECREF(prefix);
    if (folded == NULL)
        return -1;
    Text t = {PyUnicode_KIND(folded), PyUnicode_DATA(folded), PyUnicode_GET_LENGTH(folded)};
    Py_ssize_t a = 0, b = t.n;
    while (a < b && (at(&t, a) == ' ' || at(&t, a) == '\t' || at(&t, a) == ','))
        a++;
    while (b > a && (at(&t, b - 1) == ' ' || at(&t, b - 1) == '\t' || at(&t, b - 1) == ','))
        b--;
    PyObject *lowered = PyUnicode_Substring(folded, a, b);
    Py_DECREF(folded);
    if (lowered == NULL)
        return -1;
    int r = is_signature(c, lowered);
    Py_DECREF(lowered);
    if (r == 0 && a == b)
        r = previous_signs(c, line_start);
    return r;
}

/* FallbackNameFinder._context_mask(text, start, heads); -1 on error. */
static long
context_mask(Ctx *c, Py_ssize_t start)
{
    const Text *t = &c->t;
    Py_ssize_t floor = start > LINE_LIMIT ? start - LINE_LIMIT : 0, nl = -1, line_start;
    for (Py_ssize_t i = start - 1; i >= floor; i--) {
        if (at(t, i) == '\n') {
            nl = i;
            break;
        }
    }
    if (nl < 0 && floor > 0) /* a long line: the whole-line search, in Python */
        return as_long(c->finder, s_context_mask, Py_BuildValue("(OnO)", c->text, start, c->heads));
    line_start = nl >= 0 ? nl + 1 : floor;
    Py_ssize_t offset = start - line_start;
    long cues = 0;
    PyObject *key = PyLong_FromSsize_t(line_start);
    if (key == NULL)
        return -1;
    PyObject *line = PyDict_GetItemWithError(c->heads, key);
    if (line != NULL) {
        Py_INCREF(line);
    }
    else if (PyErr_Occurred()) {
        Py_DECREF(key);
        return -1;
    }
    else {
        line = line_facts(c, line_start);
        if (line == NULL || PyDict_SetItem(c->heads, key, line) < 0) {
            Py_XDECREF(line);
            Py_DECREF(key);
            return -1;
        }
    }
    Py_DECREF(key);
    if (!PyTuple_Check(line) || PyTuple_GET_SIZE(line) != 5) {
        Py_DECREF(line);
        PyErr_SetString(PyExc_TypeError, "_line must return a 5-tuple");
        return -1;
    }
    long long head_end = PyLong_AsLongLong(PyTuple_GET_ITEM(line, 0));
    long long content = PyLong_AsLongLong(PyTuple_GET_ITEM(line, 1));
    long long word_end = PyLong_AsLongLong(PyTuple_GET_ITEM(line, 2));
    int salutation = PyObject_IsTrue(PyTuple_GET_ITEM(line, 3));
    int sig = PyObject_IsTrue(PyTuple_GET_ITEM(line, 4));
    Py_DECREF(line);
    if (PyErr_Occurred() || salutation < 0 || sig < 0)
        return -1;
    Py_ssize_t i;
    if (start <= content) {
        if (c->sig) {
            int above = above_signs(c, line_start);
            if (above < 0)
                return -1;
            if (above)
                cues = C_SIGNATURE;
        }
        i = start - 1;
        while (i >= line_start && is_blank(at(t, i)))
            i--;
        if (i >= line_start && at(t, i) == ',')
            cues |= C_MID;
        return cues;
    }
    if (head_end <= start && !field_end(t, (Py_ssize_t)head_end, start))
        cues = C_FIELD;
    if (offset < 60 && start > word_end) {
        if (salutation)
            cues |= C_SALUTATION;
    }
    else if (offset < 60) {
        long r = as_long(c->finder, s_salutation_first, Py_BuildValue("(Onn)", c->text, line_start, start));
        if (r < 0)
            return -1;
        if (r)
            cues |= C_SALUTATION;
    }
    if (sig) {
        int r = signature_before(c, line_start, start);
        if (r < 0)
            return -1;
        if (r)
            cues |= C_SIGNATURE;
    }
    i = start - 1;
    while (i >= line_start && is_blank(at(t, i)))
        i--;
    if (i >= line_start) {
        Py_UCS4 ch = at(t, i);
        if (ch == ',' || (ch < 128 ? (ch >= 'a' && ch <= 'z') : Py_UNICODE_ISLOWER(ch)))
            cues |= C_MID;
        if (ch == 'o' || ch == '/' || ch == '.') {
            int r = care_of(c, i > line_start + 4 ? i - 4 : line_start, i + 1);
            if (r < 0)
                return -1;
            if (r)
                return cues | C_TITLE;
        }
    }
    Py_ssize_t lo = start - WORD_BACK > line_start ? start - WORD_BACK : line_start;
    Py_ssize_t j = start - 1, k;
    while (j >= lo) {
        Py_UCS4 ch = at(t, j);
        if (!(is_blank(ch) || ch == ','))
            break;
        j--;
    }
    k = j;
    while (k >= lo) {
        Py_UCS4 ch = at(t, k);
        if (!(is_word(ch) || ch == '.'))
            break;
        k--;
    }
    if (k < j) {
        PyObject *word = PyUnicode_Substring(c->text, k + 1, j + 1);
        if (word == NULL)
            return -1;
        PyObject *cue = memo(c->word_cues, word, c->finder, s_word_cue);
        Py_DECREF(word);
        if (cue == NULL)
            return -1;
        long v = PyLong_AsLong(cue);
        Py_DECREF(cue);
        if (v == -1 && PyErr_Occurred())
            return -1;
        cues |= v;
    }
    return cues;
}

/* fallback._NEXT_WORD at end: the word's facts (_next_facts: 0 when there is no word); -1 on error. */
static long
next_facts(Ctx *c, Py_ssize_t end)
{
    const Text *t = &c->t;
    Py_ssize_t p = end, n = t->n, q;
    while (p < n && is_blank(at(t, p)))
        p++;
    if (p < n && is_quote(at(t, p)))
        p++;
    while (p < n && is_blank(at(t, p)))
        p++;
    if (p >= n)
        return 0;
    if (at(t, p) == '&') {
        q = p + 1;
    }
    else {
        q = p;
        while (q < n) {
            Py_UCS4 ch = at(t, q);
            if (!(is_word(ch) || ch == '/' || ch == '.'))
                break;
            q++;
        }
        if (q == p)
            return 0;
    }
    PyObject *word = PyUnicode_Substring(c->text, p, q);
    if (word == NULL)
        return -1;
    PyObject *facts = memo(c->next_facts, word, c->finder, s_next_facts);
    Py_DECREF(word);
    if (facts == NULL)
        return -1;
    long v = PyLong_AsLong(facts);
    Py_DECREF(facts);
    if (v == -1 && PyErr_Occurred())
        return -1;
    return v;
}

/* FallbackNameFinder._after_bits; -1 on error. */
static long
after_bits(Ctx *c, Py_ssize_t end, long facts, int several)
{
    const Text *t = &c->t;
    Py_ssize_t p = end, n = t->n;
    if (p < n && (at(t, p) == '"' || at(t, p) == '\''))
        p++;
    while (p < n && is_blank(at(t, p)))
        p++;
    if (p < n && (at(t, p) == '<' || at(t, p) == '(')) {
        PyObject *r = call(c->finder, s_after_hint, Py_BuildValue("(OnO)", c->text, end, several ? Py_True : Py_False));
        if (r == NULL)
            return -1;
        long v = PyLong_AsLong(r);
        Py_DECREF(r);
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (v)
            return v;
    }
    return (facts & N_SPEECH) ? C_SPEECH : 0;
}

/* The cue bits around a run from start to end: *before (context_mask) and *after (after_bits, "several" words).
 * 1; 0 when the word after the run blocks it (a street, place or firm word: _BLOCKS); -1 on error. */
static int
cues_around(Ctx *c, Py_ssize_t start, Py_ssize_t end, int several, long *before, long *after)
{
    long facts = next_facts(c, end);
    if (facts < 0)
        return -1;
    if (facts & N_BLOCKS)
        return 0;
    *before = context_mask(c, start);
    if (*before < 0)
        return -1;
    *after = after_bits(c, end, facts, several);
    return *after < 0 ? -1 : 1;
}

/* getattr(obj, name) as 1/0; -1 on error. */
static int
attr_true(PyObject *obj, PyObject *name)
{
    PyObject *v = PyObject_GetAttr(obj, name);
    if (v == NULL)
        return -1;
    int r = PyObject_IsTrue(v);
    Py_DECREF(v);
    return r;
}

static int
append(Ctx *c, PyObject *out, int what, Py_ssize_t start, Py_ssize_t end, long bits, PyObject *run)
{
    if (c->judge != NULL) {
        PyObject *mask = PyLong_FromLong(bits);
        if (mask == NULL)
            return -1;
        int r = judge_fields(c->judge, what, start, end, mask, bits, run);
        Py_DECREF(mask);
        return r;
    }
    PyObject *rec = Py_BuildValue("(innlO)", what, start, end, bits, run);
    if (rec == NULL)
        return -1;
    int r = PyList_Append(out, rec);
    Py_DECREF(rec);
    return r;
}

/* "/" right before the run: a sign-off's ("JH/Jens Hansen") or a path's. 1, 0, or -1 on error. */
static int
slash_ok(Ctx *c, Py_ssize_t start)
{
    if (start == 0 || at(&c->t, start - 1) != '/')
        return 2; /* no slash */
    long r = as_long(c->finder, s_slash, Py_BuildValue("(On)", c->text, start));
    return r < 0 ? -1 : (int)(r != 0);
}

/* One run: its record appended, or left out. 0, or -1 on error. */
static int
judge_run(Ctx *c, PyObject *out, Py_ssize_t start, Py_ssize_t mend, int one)
{
    const Text *t = &c->t;
    Py_ssize_t n = t->n;
    int rc = -1;
    PyObject *run = PyUnicode_Substring(c->text, start, mend), *info = NULL, *plain = NULL;
    if (run == NULL)
        return -1;
    if (one) {
        info = memo(c->tokens, run, c->finder, s_token);
        if (info == NULL)
            goto done;
        if (!PyTuple_Check(info) || PyTuple_GET_SIZE(info) != 3) {
            PyErr_SetString(PyExc_TypeError, "_token must return a 3-tuple");
            goto done;
        }
        long kind = PyLong_AsLong(PyTuple_GET_ITEM(info, 0));
        if (kind == -1 && PyErr_Occurred())
            goto done;
        int suffix = PyObject_IsTrue(PyTuple_GET_ITEM(info, 2));
        if (suffix < 0)
            goto done;
        if ((kind >= 0 && kind < 31 && (c->never >> kind) & 1) || suffix) { /* a C long holds 32 bits on Windows */
            rc = 0;
            goto done;
        }
        Py_ssize_t amp = start - 2;
        if (amp < 0)
            amp += n; /* str.startswith("& ", start - 2) counts a negative start from the end */
        if (amp < 0)
            amp = 0;
        if (amp + 1 < n && at(t, amp) == '&' && at(t, amp + 1) == ' ') {
            rc = 0;
            goto done;
        }
        int slash = slash_ok(c, start);
        if (slash <= 0) {
            rc = slash;
            goto done;
        }
        Py_ssize_t end = mend;
        if (end < n && at(t, end) == ':') {
            int field = PySequence_Contains(c->fields, PyTuple_GET_ITEM(info, 1));
            if (field != 0) {
                rc = field < 0 ? -1 : 0;
                goto done;
            }
        }
        long bits, after;
        int open = cues_around(c, start, end, 0, &bits, &after);
        if (open <= 0) {
            rc = open;
            goto done;
        }
        bits |= after;
        if (slash == 1)
            bits |= C_SIGNATURE;
        rc = append(c, out, W_ONE, start, end, bits, run);
        goto done;
    }
    int slash = slash_ok(c, start);
    if (slash <= 0) {
        rc = slash;
        goto done;
    }
    plain = PyDict_GetItemWithError(c->plains, run);
    if (plain != NULL) {
        Py_INCREF(plain);
    }
    else if (PyErr_Occurred()) {
        goto done;
    }
    else {
        plain = PyObject_CallMethodOneArg(c->finder, s_plain, run);
        if (plain == NULL)
            goto done;
    }
    if (plain != Py_None) {
        PyObject *v = PyObject_GetAttr(plain, s_length);
        if (v == NULL)
            goto done;
        Py_ssize_t length = PyLong_AsSsize_t(v);
        Py_DECREF(v);
        if (length == -1 && PyErr_Occurred())
            goto done;
        if (length < 0 || length > n - start) {
            PyErr_SetString(PyExc_ValueError, "a plain run longer than the text");
            goto done;
        }
        int field_last = attr_true(plain, s_field_last);
        if (field_last < 0)
            goto done;
        Py_ssize_t end = start + length;
        if (!(field_last && end < n && at(t, end) == ':')) {
            long bits, after;
            int open = cues_around(c, start, end, 1, &bits, &after);
            if (open <= 0) {
                rc = open;
                goto done;
            }
            bits |= after;
            if (slash == 1)
                bits |= C_SIGNATURE;
            int brand = attr_true(plain, s_brand);
            if (brand < 0)
                goto done;
            if (brand && !(bits & C_STRONG)) {
                rc = 0;
                goto done;
            }
            rc = append(c, out, W_PLAIN, start, end, bits, run);
            goto done;
        }
    }
    if (mend < n && at(t, mend) == ':') { /* the last word may label the next field: Python decides */
        rc = append(c, out, W_GENERAL, start, mend, G_COLON | (slash == 1 ? G_SLASH : 0), run);
        goto done;
    }
    long bits, after;
    int open = cues_around(c, start, mend, 1, &bits, &after);
    if (open <= 0) {
        rc = open;
        goto done;
    }
    rc = append(c, out, W_GENERAL, start, mend, bits | (after << 8) | (slash == 1 ? G_SLASH : 0), run);
done:
    Py_XDECREF(plain);
    Py_XDECREF(info);
    Py_DECREF(run);
    return rc;
}

static int
ctx_init(Ctx *c, PyObject *finder, PyObject *tables, PyObject *text, PyObject *heads, int sig)
{
    if (PyTuple_GET_SIZE(tables) != 13) {
        PyErr_SetString(PyExc_TypeError, "tables must be (tokens, plains, fields, next_facts, word_cues, never, "
                                         "salutes, labels, sig_words, sig_exact, sig_tail, sig_head, sig_strip)");
        return -1;
    }
    c->finder = finder;
    c->text = text;
    c->heads = heads;
    c->tokens = PyTuple_GET_ITEM(tables, 0);
    c->plains = PyTuple_GET_ITEM(tables, 1);
    c->fields = PyTuple_GET_ITEM(tables, 2);
    c->next_facts = PyTuple_GET_ITEM(tables, 3);
    c->word_cues = PyTuple_GET_ITEM(tables, 4);
    c->salutes = PyTuple_GET_ITEM(tables, 6);
    c->labels = PyTuple_GET_ITEM(tables, 7);
    c->sig_words = PyTuple_GET_ITEM(tables, 8);
    c->sig_exact = PyTuple_GET_ITEM(tables, 9);
    c->sig_tail = PyTuple_GET_ITEM(tables, 10);
    c->sig_head = PyTuple_GET_ITEM(tables, 11);
    c->sig_strip = PyTuple_GET_ITEM(tables, 12);
    c->above = NULL;
    if (!PyTuple_Check(c->sig_words) || !PyTuple_Check(c->sig_tail) || !PyTuple_Check(c->sig_head)) {
        PyErr_SetString(PyExc_TypeError, "the sign-off words, tails and heads must be tuples");
        return -1;
    }
    for (int k = 10; k <= 11; k++) {
        PyObject *tup = PyTuple_GET_ITEM(tables, k);
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(tup); i++) {
            if (!PyUnicode_Check(PyTuple_GET_ITEM(tup, i))) {
                PyErr_SetString(PyExc_TypeError, "the sign-off tails and heads must be strs");
                return -1;
            }
        }
    }
    if (!PyAnySet_Check(c->sig_exact) || !PyUnicode_Check(c->sig_strip)) {
        PyErr_SetString(PyExc_TypeError, "the sign-offs must be a set and the characters stripped a str");
        return -1;
    }
    if (!PyDict_Check(c->tokens) || !PyDict_Check(c->plains) || !PyDict_Check(c->next_facts) ||
        !PyDict_Check(c->word_cues) || !PyDict_Check(c->salutes) || !PyDict_Check(c->labels)) {
        PyErr_SetString(PyExc_TypeError, "the memo tables must be dicts");
        return -1;
    }
    c->never = PyLong_AsLong(PyTuple_GET_ITEM(tables, 5));
    if (c->never == -1 && PyErr_Occurred())
        return -1;
    c->sig = sig;
    c->judge = NULL;
    c->t.kind = PyUnicode_KIND(text);
    c->t.data = PyUnicode_DATA(text);
    c->t.n = PyUnicode_GET_LENGTH(text);
    return 0;
}

/* The checked context of line() and runs(); its tables and text held (ctx_leave lets go): they stay alive
 * through callbacks that might drop the finder's references. 0, or -1 on error. */
static int
ctx_enter(Ctx *c, PyObject *finder, PyObject *tables, PyObject *text, PyObject *heads, int sig)
{
    if (ctx_init(c, finder, tables, text, heads, sig) < 0)
        return -1;
    Py_INCREF(tables);
    Py_INCREF(text);
    c->held = tables;
    return 0;
}

static void
ctx_leave(Ctx *c)
{
    Py_CLEAR(c->above);
    Py_DECREF(c->held);
    Py_DECREF(c->text);
}

/* line(finder, tables, text, line_start, sig) -> FallbackNameFinder._line's tuple (for the tests). */
static PyObject *
names_line(PyObject *self, PyObject *args)
{
    PyObject *finder, *tables, *text;
    Py_ssize_t line_start;
    int sig;
    Ctx c;
    if (!PyArg_ParseTuple(args, "OO!Unp:line", &finder, &PyTuple_Type, &tables, &text, &line_start, &sig))
        return NULL;
    if (ctx_enter(&c, finder, tables, text, NULL, sig) < 0)
        return NULL;
    PyObject *r = NULL;
    if (line_start < 0 || line_start > c.t.n)
        PyErr_SetString(PyExc_ValueError, "line_start out of the text");
    else
        r = line_facts(&c, line_start);
    ctx_leave(&c);
    return r;
}

/* The runs of the text, each appended to out (or judged: c->judge). 0, or -1 on error. */
static int
scan_runs(Ctx *c, PyObject *out)
{
    const Text *t = &c->t;
    Py_ssize_t p = 0, n = t->n;
    while (p < n) {
        Py_UCS4 ch = at(t, p);
        if (!is_up(ch)) {
            p++;
            continue;
        }
        Py_ssize_t end = run_at(t, p);
        if (end < 0) {
            p++;
            continue;
        }
        int one = 1;
        for (Py_ssize_t i = p; i < end; i++) {
            if (is_blank(at(t, i))) {
                one = 0;
                break;
            }
        }
        if (judge_run(c, out, p, end, one) < 0)
            return -1;
        p = end;
    }
    return 0;
}

static PyObject *
names_runs(PyObject *self, PyObject *args)
{
    PyObject *finder, *tables, *text, *heads;
    int sig;
    Ctx c;
    if (!PyArg_ParseTuple(args, "OO!UO!p:runs", &finder, &PyTuple_Type, &tables, &text, &PyDict_Type, &heads, &sig))
        return NULL;
    if (ctx_enter(&c, finder, tables, text, heads, sig) < 0)
        return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL || scan_runs(&c, out) < 0) {
        Py_XDECREF(out);
        ctx_leave(&c);
        return NULL;
    }
    ctx_leave(&c);
    return out;
}

/* run_spans(text) -> [start, end, start, end, ...]: what fallback.RUN.finditer finds (for the tests). */
static PyObject *
names_run_spans(PyObject *self, PyObject *args)
{
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U:run_spans", &text))
        return NULL;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t p = 0;
    while (p < t.n) {
        if (!is_up(at(&t, p))) {
            p++;
            continue;
        }
        Py_ssize_t end = run_at(&t, p);
        if (end < 0) {
            p++;
            continue;
        }
        PyObject *a = PyLong_FromSsize_t(p), *b = PyLong_FromSsize_t(end);
        if (a == NULL || b == NULL || PyList_Append(out, a) < 0 || PyList_Append(out, b) < 0) {
            Py_XDECREF(a);
            Py_XDECREF(b);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(a);
        Py_DECREF(b);
        p = end;
    }
    return out;
}

/* --- judging the runs (FallbackNameFinder._judge_records) ------------------------------------ */

static PyObject *s_one_decision, *s_plain_decision, *s_general, *s_normal_form, *s_mask_explanation,
    *s_colon_record, *s_seg_length, *s_seen, *s_surnames, *s_first, *s_unknown, *s_kinds, *s_keys, *s_ends,
    *s_surname_verb, *f_point6;

typedef struct Judge {
    PyObject *finder, *text, *heads, *found, *pending, *unknown, *seen, *surnames, *firsts;
    PyObject *decided_one, *decided_plain, *templates, *plains, *normalized, *explanations, *cues, *maker;
    PyObject *particle_start, *seg_cls, *tables;
    PyTypeObject *person_cls; /* NULL: the maker makes the findings */
    long last;
    Text t;
} Judge;

/* cache[key] (new reference), or the finder's method called with (a, b) on a miss (it fills the memo). */
static PyObject *
memo2(PyObject *cache, PyObject *key, PyObject *finder, PyObject *method, PyObject *a, PyObject *b)
{
    PyObject *v = PyDict_GetItemWithError(cache, key);
    if (v != NULL) {
        Py_INCREF(v);
        return v;
    }
    if (PyErr_Occurred())
        return NULL;
    return PyObject_CallMethodObjArgs(finder, method, a, b, NULL);
}

/* _CUES[mask], borrowed; NULL with IndexError when the bits have no entry. */
static PyObject *
cue_names(Judge *j, long mask)
{
    if (mask < 0 || mask >= PyTuple_GET_SIZE(j->cues)) {
        PyErr_SetString(PyExc_IndexError, "cue bits out of range");
        return NULL;
    }
    return PyTuple_GET_ITEM(j->cues, mask);
}

/* A tuple of exactly n items, else TypeError naming what. */
static int
tuple_of(PyObject *v, Py_ssize_t n, const char *what)
{
    if (!PyTuple_Check(v) || PyTuple_GET_SIZE(v) != n) {
        PyErr_Format(PyExc_TypeError, "%s must be a %zd-tuple", what, n);
        return -1;
    }
    return 0;
}

/* fallback._particle_start(text, start, key, surnames), called only where its regex (a particle, blanks, then
 * the end of text[:start] or a line break ending it) can match: the blanks there follow a letter (the
 * particles end with ASCII letters; any non-ASCII character is left to the regex: IGNORECASE folds some to
 * ASCII). The new start, or -1 on error. */
static Py_ssize_t
particle_from(Judge *j, Py_ssize_t start, PyObject *key)
{
    const Text *t = &j->t;
    Py_ssize_t e = start;
    if (start <= 1 || start > t->n)
        return start;
    Py_UCS4 ch = at(t, start - 1);
    if (ch != ' ' && ch != '\t' && ch != '\n')
        return start;
    if (ch == '\n')
        e = start - 1; /* "$" also matches before a final line break */
    if (e < 1 || (at(t, e - 1) != ' ' && at(t, e - 1) != '\t'))
        return start;
    Py_ssize_t q = e - 1;
    while (q >= 0 && (at(t, q) == ' ' || at(t, q) == '\t'))
        q--;
    if (q < 0)
        return start;
    Py_UCS4 c = at(t, q);
    if (c < 128 && !((c | 32) >= 'a' && (c | 32) <= 'z'))
        return start;
    PyObject *pos = PyLong_FromSsize_t(start);
    if (pos == NULL)
        return -1;
    PyObject *r = PyObject_CallFunctionObjArgs(j->particle_start, j->text, pos, key, j->surnames, NULL);
    Py_DECREF(pos);
    if (r == NULL)
        return -1;
    Py_ssize_t v = PyLong_AsSsize_t(r);
    Py_DECREF(r);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < 0 || v > start) {
        PyErr_SetString(PyExc_ValueError, "_particle_start moved the start out of the text");
        return -1;
    }
    return v;
}

/* A PERSON finding text[a:b] appended to found, its normalised form from the memo (finder._normal_form on a
 * miss). 0, or -1 on error. */
static int
add_finding(Judge *j, Py_ssize_t a, Py_ssize_t b, PyObject *score, PyObject *value, PyObject *normalized,
            PyObject *explanation)
{
    int rc = -1;
    PyObject *own_value = NULL, *own_norm = NULL, *pa = NULL, *pb = NULL, *f = NULL;
    if (value == NULL) {
        if (a < 0 || b < a || b > j->t.n) {
            PyErr_SetString(PyExc_ValueError, "a finding out of the text");
            return -1;
        }
        value = own_value = PyUnicode_Substring(j->text, a, b);
        if (value == NULL)
            return -1;
        own_norm = PyDict_GetItemWithError(j->normalized, value);
        if (own_norm != NULL)
            Py_INCREF(own_norm);
        else if (PyErr_Occurred())
            goto done;
        else if ((own_norm = PyObject_CallMethodOneArg(j->finder, s_normal_form, value)) == NULL)
            goto done;
        normalized = own_norm;
    }
    pa = PyLong_FromSsize_t(a);
    pb = PyLong_FromSsize_t(b);
    if (pa == NULL || pb == NULL)
        goto done;
    if (j->person_cls != NULL)
        f = new_person(j->person_cls, pa, pb, score, value, normalized, explanation);
    else
        f = PyObject_CallFunctionObjArgs(j->maker, pa, pb, score, value, normalized, explanation, NULL);
    if (f == NULL)
        goto done;
    rc = PyList_Append(j->found, f);
done:
    Py_XDECREF(f);
    Py_XDECREF(pa);
    Py_XDECREF(pb);
    Py_XDECREF(own_norm);
    Py_XDECREF(own_value);
    return rc;
}

/* target.update(items). 0, or -1 on error. */
static int
set_update(PyObject *target, PyObject *items)
{
    PyObject *it = PyObject_GetIter(items), *x;
    if (it == NULL)
        return -1;
    while ((x = PyIter_Next(it)) != NULL) {
        int r = PySet_Add(target, x);
        Py_DECREF(x);
        if (r < 0) {
            Py_DECREF(it);
            return -1;
        }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

/* (a, b, kind, key, cues) appended to pending. 0, or -1 on error. */
static int
add_pending(Judge *j, Py_ssize_t a, Py_ssize_t b, PyObject *kind, PyObject *key, PyObject *cues)
{
    PyObject *rec = Py_BuildValue("(nnOOO)", a, b, kind, key, cues);
    if (rec == NULL)
        return -1;
    int r = PyList_Append(j->pending, rec);
    Py_DECREF(rec);
    return r;
}

/* _Seg(a, b, list(kinds), list(keys), cues, [start + e for e in ends]) appended to unknown. 0, or -1. */
static int
add_unknown(Judge *j, Py_ssize_t a, Py_ssize_t b, PyObject *kinds, PyObject *keys, PyObject *cues, Py_ssize_t start,
            PyObject *ends)
{
    int rc = -1;
    PyObject *lk = PySequence_List(kinds), *lw = PySequence_List(keys), *le = PySequence_List(ends), *seg = NULL;
    if (lk == NULL || lw == NULL || le == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(le); i++) {
        Py_ssize_t e = PyLong_AsSsize_t(PyList_GET_ITEM(le, i));
        if (e == -1 && PyErr_Occurred())
            goto done;
        PyObject *v = PyLong_FromSsize_t(start + e);
        if (v == NULL)
            goto done;
        PyList_SetItem(le, i, v); /* steals v, drops the old item */
    }
    seg = PyObject_CallFunction(j->seg_cls, "nnOOOO", a, b, lk, lw, cues, le);
    if (seg == NULL)
        goto done;
    rc = PyList_Append(j->unknown, seg);
done:
    Py_XDECREF(seg);
    Py_XDECREF(lk);
    Py_XDECREF(lw);
    Py_XDECREF(le);
    return rc;
}

/* A one-word run. 0, or -1 on error. */
static int
judge_one(Judge *j, Py_ssize_t start, Py_ssize_t end, PyObject *maskobj, long mask, PyObject *run)
{
    int rc = -1;
    PyObject *key = PyTuple_Pack(2, run, maskobj), *one = NULL, *ekey = NULL, *expl = NULL;
    if (key == NULL)
        return -1;
    one = memo2(j->decided_one, key, j->finder, s_one_decision, run, maskobj);
    if (one == NULL || tuple_of(one, 4, "a one-word decision") < 0)
        goto done;
    PyObject *score = PyTuple_GET_ITEM(one, 0), *rule = PyTuple_GET_ITEM(one, 1);
    PyObject *kind = PyTuple_GET_ITEM(one, 2), *word = PyTuple_GET_ITEM(one, 3);
    double s = PyFloat_AsDouble(score);
    if (s == -1.0 && PyErr_Occurred())
        goto done;
    long k = PyLong_AsLong(kind);
    if (k == -1 && PyErr_Occurred())
        goto done;
    PyObject *cues = cue_names(j, mask);
    if (cues == NULL)
        goto done;
    if (s == 0 && k == j->last) { /* "Nilsson var bäst på plan" */
        PyObject *r = PyObject_CallMethod(j->finder, "_acted", "OnnO", j->text, start, end, cues);
        if (r == NULL)
            goto done;
        int acted = PyObject_IsTrue(r);
        Py_DECREF(r);
        if (acted < 0)
            goto done;
        if (acted) {
            score = f_point6;
            rule = s_surname_verb;
            s = 0.6;
        }
    }
    if (s > 0) {
        Py_ssize_t a = particle_from(j, start, word);
        if (a < 0)
            goto done;
        ekey = PyTuple_Pack(2, rule, maskobj);
        if (ekey == NULL)
            goto done;
        expl = memo2(j->explanations, ekey, j->finder, s_mask_explanation, rule, maskobj);
        if (expl == NULL)
            goto done;
        rc = add_finding(j, a, end, score, NULL, NULL, expl);
    }
    else {
        rc = add_pending(j, start, end, kind, word, cues);
    }
done:
    Py_XDECREF(expl);
    Py_XDECREF(ekey);
    Py_XDECREF(one);
    Py_DECREF(key);
    return rc;
}

/* A run of several words that are one name (_Plain). 0, or -1 on error. */
static int
judge_plain(Judge *j, Py_ssize_t start, PyObject *maskobj, long mask, PyObject *run)
{
    int rc = -1;
    PyObject *plain = PyDict_GetItemWithError(j->plains, run), *key = NULL, *accepted = NULL, *v = NULL;
    if (plain != NULL) {
        Py_INCREF(plain);
    }
    else if (PyErr_Occurred()) {
        return -1;
    }
    int truth = plain == NULL ? 0 : PyObject_IsTrue(plain);
    if (truth < 0)
        goto done;
    if (!truth) {
        Py_XDECREF(plain);
        plain = PyObject_CallMethodOneArg(j->finder, s_plain, run);
        if (plain == NULL)
            goto done;
    }
    if (plain == Py_None) {
        PyErr_SetString(PyExc_AssertionError, "a plain run that is not plain");
        goto done;
    }
    key = PyTuple_Pack(2, run, maskobj);
    if (key == NULL)
        goto done;
    accepted = PyDict_GetItemWithError(j->decided_plain, key);
    if (accepted != NULL)
        Py_INCREF(accepted);
    else if (PyErr_Occurred())
        goto done;
    else if ((accepted = PyObject_CallMethodObjArgs(j->finder, s_plain_decision, run, plain, maskobj, NULL)) == NULL)
        goto done;
    if (tuple_of(accepted, 4, "a plain run's decision") < 0)
        goto done;
    double s = PyFloat_AsDouble(PyTuple_GET_ITEM(accepted, 0));
    if (s == -1.0 && PyErr_Occurred())
        goto done;
    if ((v = PyObject_GetAttr(plain, s_seg_length)) == NULL)
        goto done;
    Py_ssize_t length = PyLong_AsSsize_t(v);
    Py_CLEAR(v);
    if (length == -1 && PyErr_Occurred())
        goto done;
    if (s > 0) {
        if (start + length > j->t.n || length < 0) {
            PyErr_SetString(PyExc_ValueError, "a plain run longer than the text");
            goto done;
        }
        if (add_finding(j, start, start + length, PyTuple_GET_ITEM(accepted, 0), PyTuple_GET_ITEM(accepted, 1),
                        PyTuple_GET_ITEM(accepted, 2), PyTuple_GET_ITEM(accepted, 3)) < 0)
            goto done;
        if ((v = PyObject_GetAttr(plain, s_seen)) == NULL || set_update(j->seen, v) < 0)
            goto done;
        Py_CLEAR(v);
        if ((v = PyObject_GetAttr(plain, s_surnames)) == NULL || set_update(j->surnames, v) < 0)
            goto done;
        Py_CLEAR(v);
        if ((v = PyObject_GetAttr(plain, s_first)) == NULL)
            goto done;
        int first = PyObject_IsTrue(v);
        if (first < 0 || (first && PySet_Add(j->firsts, v) < 0))
            goto done;
        rc = 0;
        goto done;
    }
    int unknown = attr_true(plain, s_unknown);
    if (unknown <= 0) {
        rc = unknown;
        goto done;
    }
    PyObject *kinds = PyObject_GetAttr(plain, s_kinds), *keys = PyObject_GetAttr(plain, s_keys);
    PyObject *ends = PyObject_GetAttr(plain, s_ends), *cues = kinds && keys && ends ? cue_names(j, mask) : NULL;
    if (cues != NULL)
        rc = add_unknown(j, start, start + length, kinds, keys, cues, start, ends);
    Py_XDECREF(kinds);
    Py_XDECREF(keys);
    Py_XDECREF(ends);
done:
    Py_XDECREF(v);
    Py_XDECREF(accepted);
    Py_XDECREF(key);
    Py_XDECREF(plain);
    return rc;
}

/* One judged part of a general run (fallback._Part) at the run's start. 0, or -1 on error. */
static int
judge_part(Judge *j, Py_ssize_t start, PyObject *part)
{
    if (tuple_of(part, 10, "a judged part") < 0)
        return -1;
    Py_ssize_t a = PyLong_AsSsize_t(PyTuple_GET_ITEM(part, 0));
    if (a == -1 && PyErr_Occurred())
        return -1;
    Py_ssize_t b = PyLong_AsSsize_t(PyTuple_GET_ITEM(part, 1));
    if (b == -1 && PyErr_Occurred())
        return -1;
    PyObject *score = PyTuple_GET_ITEM(part, 2), *kinds = PyTuple_GET_ITEM(part, 3), *keys = PyTuple_GET_ITEM(part, 4);
    PyObject *cues = PyTuple_GET_ITEM(part, 5), *ends = PyTuple_GET_ITEM(part, 6), *expl = PyTuple_GET_ITEM(part, 7);
    PyObject *adds = PyTuple_GET_ITEM(part, 8), *two = PyTuple_GET_ITEM(part, 9);
    if (a < 0 || b < a || start + b > j->t.n) {
        PyErr_SetString(PyExc_ValueError, "a judged part out of the run");
        return -1;
    }
    double s = PyFloat_AsDouble(score);
    if (s == -1.0 && PyErr_Occurred())
        return -1;
    Py_ssize_t nk = PyObject_Length(kinds);
    if (nk < 0)
        return -1;
    if (s > 0) {
        a += start;
        if (nk == 1) {
            PyObject *key = PySequence_GetItem(keys, 0);
            if (key == NULL)
                return -1;
            a = particle_from(j, a, key);
            Py_DECREF(key);
            if (a < 0)
                return -1;
        }
        if (add_finding(j, a, start + b, score, NULL, NULL, expl) < 0)
            return -1;
        if (adds == Py_None)
            return 0;
        if (tuple_of(adds, 3, "what a part adds") < 0 || set_update(j->seen, PyTuple_GET_ITEM(adds, 0)) < 0)
            return -1;
        int first = PyObject_IsTrue(PyTuple_GET_ITEM(adds, 1));
        if (first < 0 || (first && PySet_Add(j->firsts, PyTuple_GET_ITEM(adds, 1)) < 0))
            return -1;
        return set_update(j->surnames, PyTuple_GET_ITEM(adds, 2));
    }
    if (nk == 1) {
        PyObject *kind = PySequence_GetItem(kinds, 0), *key = kind ? PySequence_GetItem(keys, 0) : NULL;
        int r = key ? add_pending(j, start + a, start + b, kind, key, cues) : -1;
        Py_XDECREF(kind);
        Py_XDECREF(key);
        return r;
    }
    int unknown = PyObject_IsTrue(two);
    if (unknown <= 0)
        return unknown;
    return add_unknown(j, start + a, start + b, kinds, keys, cues, start, ends);
}

/* A run judged in parts (_general: memoised per run and bits). 0, or -1 on error. */
static int
judge_general(Judge *j, Py_ssize_t start, PyObject *maskobj, PyObject *run)
{
    PyObject *key = PyTuple_Pack(2, run, maskobj);
    if (key == NULL)
        return -1;
    PyObject *parts = PyDict_GetItemWithError(j->templates, key);
    Py_DECREF(key);
    if (parts != NULL)
        Py_INCREF(parts);
    else if (PyErr_Occurred())
        return -1;
    else if ((parts = PyObject_CallMethodObjArgs(j->finder, s_general, run, maskobj, NULL)) == NULL)
        return -1;
    PyObject *seq = PySequence_Fast(parts, "_general must return a sequence");
    Py_DECREF(parts);
    if (seq == NULL)
        return -1;
    int rc = 0;
    for (Py_ssize_t i = 0; rc == 0 && i < PySequence_Fast_GET_SIZE(seq); i++)
        rc = judge_part(j, start, PySequence_Fast_GET_ITEM(seq, i));
    Py_DECREF(seq);
    return rc;
}

/* One record of runs(). 0, or -1 on error. */
static int
judge_record(Judge *j, PyObject *rec)
{
    if (tuple_of(rec, 5, "a run record") < 0)
        return -1;
    long what = PyLong_AsLong(PyTuple_GET_ITEM(rec, 0));
    if (what == -1 && PyErr_Occurred())
        return -1;
    Py_ssize_t start = PyLong_AsSsize_t(PyTuple_GET_ITEM(rec, 1));
    if (start == -1 && PyErr_Occurred())
        return -1;
    Py_ssize_t end = PyLong_AsSsize_t(PyTuple_GET_ITEM(rec, 2));
    if (end == -1 && PyErr_Occurred())
        return -1;
    PyObject *maskobj = PyTuple_GET_ITEM(rec, 3), *run = PyTuple_GET_ITEM(rec, 4);
    long mask = PyLong_AsLong(maskobj);
    if (mask == -1 && PyErr_Occurred())
        return -1;
    if (!PyUnicode_Check(run)) {
        PyErr_SetString(PyExc_TypeError, "a run must be a str");
        return -1;
    }
    return judge_fields(j, what, start, end, maskobj, mask, run);
}

/* One run (what, start, end, cue bits, run) judged. 0, or -1 on error. */
static int
judge_fields(Judge *j, long what, Py_ssize_t start, Py_ssize_t end, PyObject *maskobj, long mask, PyObject *run)
{
    if (start < 0 || end < start || end > j->t.n) {
        PyErr_SetString(PyExc_ValueError, "a run record out of the text");
        return -1;
    }
    if (what == W_ONE)
        return judge_one(j, start, end, maskobj, mask, run);
    if (what == W_PLAIN)
        return judge_plain(j, start, maskobj, mask, run);
    if (!(mask & G_COLON))
        return judge_general(j, start, maskobj, run);
    PyObject *pos = PyLong_FromSsize_t(start);
    if (pos == NULL)
        return -1;
    PyObject *r = PyObject_CallMethodObjArgs(j->finder, s_colon_record, j->text, j->heads, pos, run, maskobj, j->found,
                                             j->pending, j->unknown, j->seen, j->surnames, j->firsts, NULL);
    Py_DECREF(pos);
    Py_XDECREF(r);
    return r == NULL ? -1 : 0;
}

/* judge(finder, tables, text, heads, records, found, pending, unknown, seen, surnames, firsts) -> None:
 * FallbackNameFinder._judge_records. tables = (decided_one, decided_plain, templates, plains, normalized,
 * mask_explanations, _CUES, the Finding class or None, the PERSON maker, _particle_start, _Seg, LAST). */
/* The judging context from (finder, tables, text, heads, found, pending, unknown, seen, surnames, firsts),
 * checked; nothing held. 0, or -1 with TypeError. */
static int
judge_setup(Judge *jp, PyObject *const *a)
{
    Judge j;
    PyObject *tables = a[1];
    if (!PyTuple_Check(tables) || PyTuple_GET_SIZE(tables) != 12) {
        PyErr_SetString(PyExc_TypeError, "tables must be a 12-tuple (see _judge_tables)");
        return -1;
    }
    j.tables = tables;
    j.finder = a[0];
    j.text = a[2];
    j.heads = a[3];
    j.found = a[4];
    j.pending = a[5];
    j.unknown = a[6];
    j.seen = a[7];
    j.surnames = a[8];
    j.firsts = a[9];
    for (int i = 0; i < 6; i++) {
        if (!PyDict_Check(PyTuple_GET_ITEM(tables, i))) {
            PyErr_SetString(PyExc_TypeError, "the memo tables must be dicts");
            return -1;
        }
    }
    j.decided_one = PyTuple_GET_ITEM(tables, 0);
    j.decided_plain = PyTuple_GET_ITEM(tables, 1);
    j.templates = PyTuple_GET_ITEM(tables, 2);
    j.plains = PyTuple_GET_ITEM(tables, 3);
    j.normalized = PyTuple_GET_ITEM(tables, 4);
    j.explanations = PyTuple_GET_ITEM(tables, 5);
    j.cues = PyTuple_GET_ITEM(tables, 6);
    PyObject *cls = PyTuple_GET_ITEM(tables, 7);
    j.maker = PyTuple_GET_ITEM(tables, 8);
    j.particle_start = PyTuple_GET_ITEM(tables, 9);
    j.seg_cls = PyTuple_GET_ITEM(tables, 10);
    j.last = PyLong_AsLong(PyTuple_GET_ITEM(tables, 11));
    if (j.last == -1 && PyErr_Occurred())
        return -1;
    if (!PyTuple_Check(j.cues)) {
        PyErr_SetString(PyExc_TypeError, "the cue names must be a tuple");
        return -1;
    }
    if (cls == Py_None) {
        j.person_cls = NULL;
    }
    else {
        if (person_class_ok(cls) < 0)
            return -1;
        j.person_cls = (PyTypeObject *)cls;
    }
    if (!PyCallable_Check(j.maker) || !PyCallable_Check(j.particle_start) || !PyCallable_Check(j.seg_cls)) {
        PyErr_SetString(PyExc_TypeError, "the maker, _particle_start and _Seg must be callable");
        return -1;
    }
    if (!PyUnicode_Check(j.text) || !PyList_Check(j.found) || !PyList_Check(j.pending) || !PyList_Check(j.unknown)) {
        PyErr_SetString(PyExc_TypeError, "judging needs a str and lists of findings, pending and unknown runs");
        return -1;
    }
    if (!PySet_Check(j.seen) || !PySet_Check(j.surnames) || !PySet_Check(j.firsts)) {
        PyErr_SetString(PyExc_TypeError, "seen, surnames and firsts must be sets");
        return -1;
    }
    j.t.kind = PyUnicode_KIND(j.text);
    j.t.data = PyUnicode_DATA(j.text);
    j.t.n = PyUnicode_GET_LENGTH(j.text);
    *jp = j;
    return 0;
}

/* The objects judging reads and changes, held through the callbacks (which might drop the finder's
 * references or change the lists), or let go. */
static void
judge_hold(Judge *j, int hold)
{
    PyObject *held[] = {j->found,  j->pending, j->unknown, j->seen, j->surnames,
                        j->firsts, j->heads,   j->finder,  j->text, j->tables};
    for (int i = 0; i < 10; i++) {
        if (hold)
            Py_INCREF(held[i]);
        else
            Py_DECREF(held[i]);
    }
}

/* judge_setup, then everything held (judge_leave lets go). 0, or -1 with TypeError. */
static int
judge_enter(Judge *j, PyObject *const *a)
{
    if (judge_setup(j, a) < 0)
        return -1;
    judge_hold(j, 1);
    return 0;
}

static void
judge_leave(Judge *j)
{
    judge_hold(j, 0);
}

/* judge(finder, tables, text, heads, records, found, pending, unknown, seen, surnames, firsts) -> None. */
static PyObject *
names_judge(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!arg_count("judge", nargs, 11))
        return NULL;
    PyObject *a[10] = {args[0], args[1], args[2], args[3], args[5], args[6], args[7], args[8], args[9], args[10]};
    PyObject *records = args[4];
    if (!PyList_Check(records)) {
        PyErr_SetString(PyExc_TypeError, "judge() needs a list of records");
        return NULL;
    }
    Judge j;
    if (judge_enter(&j, a) < 0)
        return NULL;
    Py_INCREF(records);
    int rc = 0;
    for (Py_ssize_t i = 0; rc == 0 && i < PyList_GET_SIZE(records); i++) {
        PyObject *rec = PyList_GET_ITEM(records, i);
        Py_INCREF(rec);
        rc = judge_record(&j, rec);
        Py_DECREF(rec);
    }
    Py_DECREF(records);
    judge_leave(&j);
    if (rc < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* find_runs(finder, tables, judge_tables, text, heads, sig, found, pending, unknown, seen, surnames, firsts) -> None:
 * runs() and judge() in one pass, each run judged as it is found (no record list). The same result: what
 * judging adds is read by later judging only, and the memo tables the rules fill hold the same answers in
 * any order. */
static PyObject *
names_find_runs(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (!arg_count("find_runs", nargs, 12))
        return NULL;
    PyObject *finder = args[0], *tables = args[1], *text = args[3], *heads = args[4];
    int sig = PyObject_IsTrue(args[5]);
    if (sig < 0)
        return NULL;
    if (!PyTuple_Check(tables) || !PyUnicode_Check(text) || !PyDict_Check(heads)) {
        PyErr_SetString(PyExc_TypeError, "find_runs() needs the run tables (a tuple), a str and a dict of lines");
        return NULL;
    }
    PyObject *a[10] = {finder, args[2], text, heads, args[6], args[7], args[8], args[9], args[10], args[11]};
    Judge j;
    Ctx c;
    if (judge_enter(&j, a) < 0)
        return NULL;
    if (ctx_enter(&c, finder, tables, text, heads, sig) < 0) {
        judge_leave(&j);
        return NULL;
    }
    c.judge = &j;
    int rc = scan_runs(&c, NULL);
    ctx_leave(&c);
    judge_leave(&j);
    if (rc < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef names_methods[] = {
    {"runs", names_runs, METH_VARARGS, "runs(finder, tables, text, heads, sig) -> [(what, start, end, bits, run)]"},
    {"line", names_line, METH_VARARGS, "line(finder, tables, text, line_start, sig) -> FallbackNameFinder._line's tuple"},
    {"run_spans", names_run_spans, METH_VARARGS, "run_spans(text) -> flat [start, end, ...] of the RUN regex"},
    {"any_in", names_any_in, METH_VARARGS, "any_in(text, words) -> any(map(text.__contains__, words))"},
    {"caps_pair", names_caps_pair, METH_VARARGS, "caps_pair(text) -> fallback._has_caps_pair(text)"},
    {"folded_any_in", names_folded_any_in, METH_VARARGS,
     "folded_any_in(text, words, more) -> (any of words in text.casefold(), any of more), or None: not Latin-1"},
    {"find_runs", (PyCFunction)(void (*)(void))names_find_runs, METH_FASTCALL,
     "find_runs(finder, tables, judge_tables, text, heads, sig, found, pending, unknown, seen, surnames, firsts) -> "
     "None: runs() and judge() in one pass"},
    {"judge", (PyCFunction)(void (*)(void))names_judge, METH_FASTCALL,
     "judge(finder, tables, text, heads, records, found, pending, unknown, seen, surnames, firsts) -> None: "
     "FallbackNameFinder._judge_records"},
    {"person", (PyCFunction)(void (*)(void))names_person, METH_FASTCALL,
     "person(cls, start, end, score, value, normalized, explanation) -> a PERSON finding, without __init__"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef names_module = {
    PyModuleDef_HEAD_INIT, "pii_scanner_names", "Compiled run pass of pii_scanner's offline name finder.", -1,
    names_methods, NULL, NULL, NULL, NULL,
};

static int
intern(PyObject **slot, const char *name)
{
    *slot = PyUnicode_InternFromString(name);
    return *slot == NULL ? -1 : 0;
}

PyMODINIT_FUNC
PyInit_pii_scanner_names(void)
{
    if (intern(&s_token, "_token") || intern(&s_plain, "_plain") || intern(&s_slash, "_slash_signature") ||
        intern(&s_next_facts, "_next_facts") || intern(&s_word_cue, "_word_cue") || intern(&s_line, "_line") ||
        intern(&s_above, "_above_signs") || intern(&s_salutation_first, "_salutation_first") ||
        intern(&s_signature_before, "_signature_before") || intern(&s_care_of, "_care_of") ||
        intern(&s_after_hint, "_after_hint") || intern(&s_context_mask, "_context_mask") || intern(&s_length, "length") ||
        intern(&s_field_last, "field_last") || intern(&s_brand, "brand") ||
        intern(&s_first_word_salutes, "_first_word_salutes") || intern(&s_casefold, "casefold") ||
        intern(&s_label_word, "_label_word") || intern(&s_person, "PERSON") ||
        intern(&s_one_decision, "_one_decision") || intern(&s_plain_decision, "_plain_decision") ||
        intern(&s_general, "_general") || intern(&s_normal_form, "_normal_form") ||
        intern(&s_mask_explanation, "_mask_explanation") || intern(&s_colon_record, "_colon_record") ||
        intern(&s_seg_length, "seg_length") || intern(&s_seen, "seen") || intern(&s_surnames, "surnames") ||
        intern(&s_first, "first") || intern(&s_unknown, "unknown") || intern(&s_kinds, "kinds") ||
        intern(&s_keys, "keys") || intern(&s_ends, "ends") || intern(&s_surname_verb, "surname+verb"))
        return NULL;
    fold1_init();
    if ((f_point6 = PyFloat_FromDouble(0.6)) == NULL)
        return NULL;
    static const char *const fields[9] = {"entity_type", "start", "end", "score", "value",
                                          "normalized", "explanation", "subtype", "part"};
    for (int i = 0; i < 9; i++) {
        if (intern(&s_fields[i], fields[i]))
            return NULL;
    }
    PyObject *m = PyModule_Create(&names_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddStringConstant(m, "SOURCE", NAMES_SOURCE) < 0 || PyModule_AddIntConstant(m, "ABI", NAMES_ABI) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
