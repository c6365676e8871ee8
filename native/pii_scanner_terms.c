/*
 * pii_scanner_terms: optional compiled word pass for the classifiers' term scan (nordic-pii-scanner).
 *
 * One pass over an item's lower-cased text, in C, replaces what pii_scanner/classify/terms.py does in
 * Python on the pure path: the text's distinct words (lower(), split(), a set), the look-up of each in
 * the lexicons' first words, and a str.find per first word present. Its answers are defined by that
 * Python code; tests/classify/test_terms_kernel.py compares both on generated and hostile texts.
 *
 * A "word" is a maximal run of word characters as Python's re module sees them in str patterns:
 * Py_UNICODE_ISALNUM or "_". Strings of any kind (Latin-1, UCS-2, UCS-4) are read through
 * PyUnicode_READ; lone surrogates and NUL are ordinary code points. Only the CPython C API is used.
 *
 * Functions:
 *   lower(text) -> str | None: text.lower(), or None where a character lowers by its context or into
 *       more than one character (capital sigma, capital I with dot): the caller then uses str.lower().
 *   build(words, flags, reverse=False) -> index: a hash table of lower-case words, each with flag bits
 *       (EXACT: a whole word; STEM: a word's beginning; VOCAB: a whole word whose presence is reported;
 *       TAIL: a word's end, in an index built with reverse=True); a word's id is its position.
 *   scan(lower, index[, tails]) -> (occurrences, vocab, plain[, tail_found]): occurrences a flat list [start, size, id, ...] in
 *       text order (at each word start: the EXACT entry equal to the word, every STEM entry the word
 *       starts with); vocab the ids of VOCAB entries present as whole words, in first-seen order; plain
 *       False when a word holds a character that case-insensitive regular expressions fold beyond
 *       lower() (from U+0345 on, dotless i, long s, micro sign); with a reverse index of TAILs, tail_found
 *       is ends_with(lower, tails), found in the same pass.
 *   ends_with(lower, index) -> bool: some word ends with a TAIL entry of a reverse index.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define TERMS_ABI 1
#ifndef TERMS_SOURCE
#define TERMS_SOURCE "unknown" /* setup.py defines it: the hash of this file */
#endif

#define F_EXACT 1
#define F_STEM 2
#define F_VOCAB 4
#define F_TAIL 8
#define MAX_LEN 64 /* entries longer than this are kept but lengths above it are probed one by one */

#define BLOOM_BITS 16
#define BLOOM_WORDS ((1 << BLOOM_BITS) / 64)
#define BLOOM_BIT(h) ((size_t)((h) >> (64 - BLOOM_BITS)))
#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

typedef struct {
    uint64_t hash;
    Py_ssize_t offset; /* into pool */
    Py_ssize_t len;
    Py_ssize_t id;
    int flags;
    int used;
} slot_t;

typedef struct {
    slot_t *slots;
    size_t mask;
    Py_UCS4 *pool;
    Py_ssize_t count;     /* entries (ids 0..count-1) */
    int reverse;
    uint64_t len_bits;    /* bit L set: some STEM (or TAIL) entry has length L (L < 64) */
    Py_ssize_t *long_lens; /* lengths >= 64, sorted */
    Py_ssize_t n_long;
    Py_ssize_t max_len;
    uint64_t bloom[BLOOM_WORDS]; /* one bit per key hash: most probes end here, in L1 cache */
    Py_ssize_t head_len;          /* the shortest STEM's (TAIL's) length (0: none) */
    uint64_t heads[BLOOM_WORDS];  /* one bit per hash of a STEM's first (a TAIL's last) head_len characters */
} index_t;

static const char *CAPSULE = "pii_scanner_terms.index";

static void
index_free(index_t *ix)
{
    if (ix == NULL)
        return;
    PyMem_Free(ix->slots);
    PyMem_Free(ix->pool);
    PyMem_Free(ix->long_lens);
    PyMem_Free(ix);
}

static void
capsule_free(PyObject *capsule)
{
    index_free((index_t *)PyCapsule_GetPointer(capsule, CAPSULE));
}

static inline uint64_t
fnv_step(uint64_t h, Py_UCS4 c)
{
    return (h ^ (uint64_t)c) * FNV_PRIME;
}

/* Characters below TABLE (Latin, Greek, Cyrillic, general punctuation...) are classified once, at import. */
#define TABLE 0x3000
static unsigned char word_table[TABLE];
/* 0 for a character other than NUL: it lowers by its context or into two characters (str.lower() decides) */
static Py_UCS2 lower_table[TABLE];

static void
tables_init(void)
{
    for (Py_UCS4 c = 0; c < TABLE; c++) {
        word_table[c] = (unsigned char)(Py_UNICODE_ISALNUM(c) || c == '_');
        Py_UCS4 l = Py_UNICODE_TOLOWER(c);
        lower_table[c] = (c == 0x130 || c == 0x3A3 || l >= 0x10000) ? 0 : (Py_UCS2)l;
    }
}

static inline int
is_word(Py_UCS4 c)
{
    return c < TABLE ? word_table[c] : (Py_UNICODE_ISALNUM(c) || c == '_');
}

/* The slot holding the key of ``len`` characters read from (kind, data) at ``at`` (backwards from
 * ``at`` when the index is reversed), or NULL. */
static const slot_t *lookup_slot(const index_t *ix, uint64_t hash, int kind, const void *data, Py_ssize_t at, Py_ssize_t len);

static inline const slot_t *
lookup(const index_t *ix, uint64_t hash, int kind, const void *data, Py_ssize_t at, Py_ssize_t len)
{
    size_t b = BLOOM_BIT(hash);
    if (!((ix->bloom[b >> 6] >> (b & 63)) & 1))
        return NULL; /* most words: no key has this hash */
    return lookup_slot(ix, hash, kind, data, at, len);
}

static const slot_t *
lookup_slot(const index_t *ix, uint64_t hash, int kind, const void *data, Py_ssize_t at, Py_ssize_t len)
{
    size_t i = (size_t)hash & ix->mask;
    for (;;) {
        const slot_t *s = &ix->slots[i];
        if (!s->used)
            return NULL;
        if (s->hash == hash && s->len == len) {
            const Py_UCS4 *key = ix->pool + s->offset;
            Py_ssize_t k = 0;
            if (ix->reverse) {
                for (; k < len; k++)
                    if (key[k] != PyUnicode_READ(kind, data, at - k))
                        break;
            }
            else {
                for (; k < len; k++)
                    if (key[k] != PyUnicode_READ(kind, data, at + k))
                        break;
            }
            if (k == len)
                return s;
        }
        i = (i + 1) & ix->mask;
    }
}

static PyObject *build_index(PyObject *words, PyObject *flags, int reverse);

static PyObject *
terms_build(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *keywords[] = {"words", "flags", "reverse", NULL};
    PyObject *words, *flags;
    int reverse = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O!O!|p", keywords, &PyList_Type, &words, &PyList_Type, &flags, &reverse))
        return NULL;
    /* Tuple copies: reading a flag may run Python code (__index__) that changes the caller's lists. */
    PyObject *word_tuple = PyList_AsTuple(words);
    PyObject *flag_tuple = word_tuple != NULL ? PyList_AsTuple(flags) : NULL;
    PyObject *out = flag_tuple != NULL ? build_index(word_tuple, flag_tuple, reverse) : NULL;
    Py_XDECREF(word_tuple);
    Py_XDECREF(flag_tuple);
    return out;
}

static PyObject *
build_index(PyObject *words, PyObject *flags, int reverse)
{
    Py_ssize_t n = PyTuple_GET_SIZE(words);
    if (PyTuple_GET_SIZE(flags) != n) {
        PyErr_SetString(PyExc_ValueError, "words and flags must have the same length");
        return NULL;
    }
    long *flag_values = PyMem_Malloc(sizeof(long) * (size_t)(n + 1));
    if (flag_values == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) {
        flag_values[i] = PyLong_AsLong(PyTuple_GET_ITEM(flags, i));
        if (flag_values[i] == -1 && PyErr_Occurred()) {
            PyMem_Free(flag_values);
            return NULL;
        }
    }
    index_t *ix = PyMem_Calloc(1, sizeof(index_t));
    if (ix == NULL) {
        PyMem_Free(flag_values);
        return PyErr_NoMemory();
    }
    ix->reverse = reverse;
    ix->count = n;
    size_t cap = 16;
    while (cap < (size_t)n * 2 + 2)
        cap <<= 1;
    ix->mask = cap - 1;
    ix->slots = PyMem_Calloc(cap, sizeof(slot_t));
    Py_ssize_t total = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *w = PyTuple_GET_ITEM(words, i);
        if (!PyUnicode_Check(w)) {
            index_free(ix);
            PyMem_Free(flag_values);
            PyErr_SetString(PyExc_TypeError, "words must be str");
            return NULL;
        }
        total += PyUnicode_GET_LENGTH(w);
    }
    ix->pool = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(total + 1));
    ix->long_lens = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(n + 1));
    if (ix->slots == NULL || ix->pool == NULL || ix->long_lens == NULL) {
        index_free(ix);
        PyMem_Free(flag_values);
        return PyErr_NoMemory();
    }
    Py_ssize_t offset = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *w = PyTuple_GET_ITEM(words, i);
        long f = flag_values[i];
        int kind = PyUnicode_KIND(w);
        const void *data = PyUnicode_DATA(w);
        Py_ssize_t len = PyUnicode_GET_LENGTH(w);
        if (len == 0)
            continue; /* never matches a word */
        uint64_t h = FNV_OFFSET;
        for (Py_ssize_t k = 0; k < len; k++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, reverse ? len - 1 - k : k);
            ix->pool[offset + k] = c;
            h = fnv_step(h, c);
        }
        /* the same key twice (the caller's list repeats a word): flags are merged, the first id kept */
        size_t j = (size_t)h & ix->mask;
        slot_t *s;
        for (;;) {
            s = &ix->slots[j];
            if (!s->used)
                break;
            if (s->hash == h && s->len == len && memcmp(ix->pool + s->offset, ix->pool + offset, sizeof(Py_UCS4) * (size_t)len) == 0)
                break;
            j = (j + 1) & ix->mask;
        }
        if (s->used) {
            s->flags |= (int)f;
        }
        else {
            size_t b = BLOOM_BIT(h);
            ix->bloom[b >> 6] |= (uint64_t)1 << (b & 63);
            s->used = 1;
            s->hash = h;
            s->offset = offset;
            s->len = len;
            s->id = i;
            s->flags = (int)f;
            offset += len;
        }
        if (f & (F_STEM | F_TAIL)) {
            if (len < 64)
                ix->len_bits |= (uint64_t)1 << len;
            else {
                Py_ssize_t k = 0;
                while (k < ix->n_long && ix->long_lens[k] < len)
                    k++;
                if (k == ix->n_long || ix->long_lens[k] != len) {
                    memmove(ix->long_lens + k + 1, ix->long_lens + k, sizeof(Py_ssize_t) * (size_t)(ix->n_long - k));
                    ix->long_lens[k] = len;
                    ix->n_long++;
                }
            }
            if (len > ix->max_len)
                ix->max_len = len;
        }
    }
    /* A word whose first head_len characters begin no stem starts no stem (whose last ones end no tail
     * ends with none): one probe says so. Keys of a reverse index are stored reversed. */
    for (size_t j = 0; j <= ix->mask; j++) {
        const slot_t *s = &ix->slots[j];
        if (s->used && (s->flags & (F_STEM | F_TAIL)) && (ix->head_len == 0 || s->len < ix->head_len))
            ix->head_len = s->len;
    }
    for (size_t j = 0; ix->head_len > 0 && j <= ix->mask; j++) {
        const slot_t *s = &ix->slots[j];
        if (!s->used || !(s->flags & (F_STEM | F_TAIL)))
            continue;
        uint64_t h = FNV_OFFSET;
        for (Py_ssize_t k = 0; k < ix->head_len; k++)
            h = fnv_step(h, ix->pool[s->offset + k]);
        size_t b = BLOOM_BIT(h);
        ix->heads[b >> 6] |= (uint64_t)1 << (b & 63);
    }
    PyMem_Free(flag_values);
    PyObject *capsule = PyCapsule_New(ix, CAPSULE, capsule_free);
    if (capsule == NULL)
        index_free(ix);
    return capsule;
}

static index_t *
get_index(PyObject *obj)
{
    return (index_t *)PyCapsule_GetPointer(obj, CAPSULE);
}

static int
push3(PyObject *list, Py_ssize_t a, Py_ssize_t b, Py_ssize_t c)
{
    Py_ssize_t v[3] = {a, b, c};
    for (int k = 0; k < 3; k++) {
        PyObject *o = PyLong_FromSsize_t(v[k]);
        if (o == NULL)
            return -1;
        int r = PyList_Append(list, o);
        Py_DECREF(o);
        if (r < 0)
            return -1;
    }
    return 0;
}

/* The word [start, end) ends with a TAIL entry of the reverse index ``ix`` (as ends_with() decides per word). */
static int
word_ends_with_tail(const index_t *ix, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (ix->head_len == 0 || end - start < ix->head_len)
        return 0;
    uint64_t h = FNV_OFFSET;
    Py_ssize_t limit = end - start < ix->max_len ? end - start : ix->max_len;
    Py_ssize_t next_long = 0;
    for (Py_ssize_t len = 1; len <= limit; len++) {
        h = fnv_step(h, PyUnicode_READ(kind, data, end - len));
        if (len == ix->head_len) {
            size_t b = BLOOM_BIT(h);
            if (!((ix->heads[b >> 6] >> (b & 63)) & 1))
                return 0; /* ends no tail */
        }
        int probe;
        if (len < 64)
            probe = (int)((ix->len_bits >> len) & 1);
        else {
            while (next_long < ix->n_long && ix->long_lens[next_long] < len)
                next_long++;
            probe = next_long < ix->n_long && ix->long_lens[next_long] == len;
        }
        if (probe) {
            const slot_t *s = lookup(ix, h, kind, data, end - 1, len);
            if (s != NULL && (s->flags & F_TAIL))
                return 1;
        }
    }
    return 0;
}

/* The word pass of scan() over characters of type T (one copy per string kind). Returns -1 on error.
 * With ``tails`` (a reverse index), ``*tail_found`` is set when some word ends with one of its TAILs. */
#define DEFINE_SCAN(NAME, T)                                                                                 \
    static int NAME(const index_t *ix, int kind, const void *data, Py_ssize_t n, PyObject *occ, PyObject *vocab, \
                    unsigned char *seen, int *plain, const index_t *tails, int *tail_found)                  \
    {                                                                                                        \
        const T *p = (const T *)data;                                                                        \
        Py_ssize_t i = 0;                                                                                    \
        while (i < n) {                                                                                      \
            Py_UCS4 c = p[i];                                                                                \
            if (!is_word(c)) {                                                                               \
                i++;                                                                                         \
                continue;                                                                                    \
            }                                                                                                \
            Py_ssize_t start = i;                                                                            \
            uint64_t h = FNV_OFFSET;                                                                         \
            Py_ssize_t next_long = 0;                                                                        \
            uint64_t bits = ix->len_bits; /* stem lengths under 64 still worth probing for this word */     \
            int stems = 1;                /* 0 once the word's beginning is known to begin no stem */      \
            for (;;) {                                                                                       \
                if (c >= 0x345 || c == 0x131 || c == 0x17F || c == 0xB5)                                     \
                    *plain = 0;                                                                              \
                h = fnv_step(h, c);                                                                          \
                i++;                                                                                         \
                Py_ssize_t len = i - start;                                                                  \
                if (len == ix->head_len) {                                                                   \
                    size_t b = BLOOM_BIT(h);                                                                 \
                    if (!((ix->heads[b >> 6] >> (b & 63)) & 1)) {                                            \
                        bits = 0; /* begins no stem */                                                       \
                        stems = 0;                                                                           \
                    }                                                                                        \
                }                                                                                            \
                int probe;                                                                                   \
                if (len < 64)                                                                                \
                    probe = (int)((bits >> len) & 1);                                                        \
                else if (!stems)                                                                             \
                    probe = 0;                                                                               \
                else {                                                                                       \
                    while (next_long < ix->n_long && ix->long_lens[next_long] < len)                         \
                        next_long++;                                                                         \
                    probe = next_long < ix->n_long && ix->long_lens[next_long] == len;                       \
                }                                                                                            \
                if (probe) {                                                                                 \
                    const slot_t *s = lookup(ix, h, kind, data, start, len);                                 \
                    if (s != NULL && (s->flags & F_STEM) && push3(occ, start, len, s->id) < 0)               \
                        return -1;                                                                           \
                }                                                                                            \
                if (i >= n)                                                                                  \
                    break;                                                                                   \
                c = p[i];                                                                                    \
                if (!is_word(c))                                                                             \
                    break;                                                                                   \
            }                                                                                                \
            if (tails != NULL && !*tail_found && word_ends_with_tail(tails, kind, data, start, i))          \
                *tail_found = 1;                                                                             \
            const slot_t *s = lookup(ix, h, kind, data, start, i - start);                                   \
            if (s != NULL) {                                                                                 \
                /* a STEM of the word's own length was reported above */                                     \
                if ((s->flags & F_EXACT) && !(s->flags & F_STEM) && push3(occ, start, i - start, s->id) < 0) \
                    return -1;                                                                               \
                if ((s->flags & F_VOCAB) && !seen[s->id]) {                                                  \
                    seen[s->id] = 1;                                                                         \
                    PyObject *o = PyLong_FromSsize_t(s->id);                                                 \
                    if (o == NULL)                                                                           \
                        return -1;                                                                           \
                    int r = PyList_Append(vocab, o);                                                         \
                    Py_DECREF(o);                                                                            \
                    if (r < 0)                                                                               \
                        return -1;                                                                           \
                }                                                                                            \
            }                                                                                                \
        }                                                                                                    \
        return 0;                                                                                            \
    }

DEFINE_SCAN(scan_ucs1, Py_UCS1)
DEFINE_SCAN(scan_ucs2, Py_UCS2)
DEFINE_SCAN(scan_ucs4, Py_UCS4)

static PyObject *
terms_scan(PyObject *self, PyObject *args)
{
    PyObject *text, *capsule, *tail_capsule = Py_None;
    if (!PyArg_ParseTuple(args, "UO|O", &text, &capsule, &tail_capsule))
        return NULL;
    index_t *ix = get_index(capsule);
    if (ix == NULL)
        return NULL;
    if (ix->reverse) {
        PyErr_SetString(PyExc_ValueError, "scan needs an index built with reverse=False");
        return NULL;
    }
    index_t *tails = NULL;
    if (tail_capsule != Py_None) {
        tails = get_index(tail_capsule);
        if (tails == NULL)
            return NULL;
        if (!tails->reverse) {
            PyErr_SetString(PyExc_ValueError, "scan's tails need an index built with reverse=True");
            return NULL;
        }
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *occ = PyList_New(0);
    PyObject *vocab = PyList_New(0);
    unsigned char *seen = PyMem_Calloc((size_t)ix->count + 1, 1);
    int plain = 1, tail_found = 0;
    int r = -1;
    if (occ != NULL && vocab != NULL && seen != NULL) {
        if (kind == PyUnicode_1BYTE_KIND)
            r = scan_ucs1(ix, kind, data, n, occ, vocab, seen, &plain, tails, &tail_found);
        else if (kind == PyUnicode_2BYTE_KIND)
            r = scan_ucs2(ix, kind, data, n, occ, vocab, seen, &plain, tails, &tail_found);
        else
            r = scan_ucs4(ix, kind, data, n, occ, vocab, seen, &plain, tails, &tail_found);
    }
    else
        PyErr_NoMemory();
    PyMem_Free(seen);
    if (r < 0) {
        Py_XDECREF(occ);
        Py_XDECREF(vocab);
        return NULL;
    }
    if (tails != NULL)
        return Py_BuildValue("(NNOO)", occ, vocab, plain ? Py_True : Py_False, tail_found ? Py_True : Py_False);
    return Py_BuildValue("(NNO)", occ, vocab, plain ? Py_True : Py_False);
}

/* ends_with() over characters of type T: 1 when some word ends with a TAIL entry, else 0. */
#define DEFINE_ENDS_WITH(NAME, T)                                                                          \
    static int NAME(const index_t *ix, int kind, const void *data, Py_ssize_t n)                           \
    {                                                                                                      \
        const T *p = (const T *)data;                                                                      \
        Py_ssize_t i = 0;                                                                                  \
        if (ix->head_len == 0)                                                                             \
            return 0;                                                                                      \
        while (i < n) {                                                                                    \
            while (i < n && !is_word(p[i]))                                                                \
                i++;                                                                                       \
            Py_ssize_t start = i;                                                                          \
            while (i < n && is_word(p[i]))                                                                 \
                i++;                                                                                       \
            if (i - start < ix->head_len)                                                                  \
                continue;                                                                                  \
            /* the word is [start, i): hash its end backwards, probing the tails' lengths */               \
            uint64_t h = FNV_OFFSET;                                                                       \
            Py_ssize_t limit = i - start < ix->max_len ? i - start : ix->max_len;                          \
            Py_ssize_t next_long = 0;                                                                      \
            for (Py_ssize_t len = 1; len <= limit; len++) {                                                \
                h = fnv_step(h, p[i - len]);                                                               \
                if (len == ix->head_len) {                                                                 \
                    size_t b = BLOOM_BIT(h);                                                               \
                    if (!((ix->heads[b >> 6] >> (b & 63)) & 1))                                            \
                        break; /* ends no tail */                                                          \
                }                                                                                          \
                int probe;                                                                                 \
                if (len < 64)                                                                              \
                    probe = (int)((ix->len_bits >> len) & 1);                                              \
                else {                                                                                     \
                    while (next_long < ix->n_long && ix->long_lens[next_long] < len)                       \
                        next_long++;                                                                       \
                    probe = next_long < ix->n_long && ix->long_lens[next_long] == len;                     \
                }                                                                                          \
                if (probe) {                                                                               \
                    const slot_t *s = lookup(ix, h, kind, data, i - 1, len);                               \
                    if (s != NULL && (s->flags & F_TAIL))                                                  \
                        return 1;                                                                          \
                }                                                                                          \
            }                                                                                              \
        }                                                                                                  \
        return 0;                                                                                          \
    }

DEFINE_ENDS_WITH(ends_with_ucs1, Py_UCS1)
DEFINE_ENDS_WITH(ends_with_ucs2, Py_UCS2)
DEFINE_ENDS_WITH(ends_with_ucs4, Py_UCS4)

static PyObject *
terms_ends_with(PyObject *self, PyObject *args)
{
    PyObject *text, *capsule;
    if (!PyArg_ParseTuple(args, "UO", &text, &capsule))
        return NULL;
    index_t *ix = get_index(capsule);
    if (ix == NULL)
        return NULL;
    if (!ix->reverse) {
        PyErr_SetString(PyExc_ValueError, "ends_with needs an index built with reverse=True");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int found;
    if (kind == PyUnicode_1BYTE_KIND)
        found = ends_with_ucs1(ix, kind, data, n);
    else if (kind == PyUnicode_2BYTE_KIND)
        found = ends_with_ucs2(ix, kind, data, n);
    else
        found = ends_with_ucs4(ix, kind, data, n);
    return PyBool_FromLong(found);
}

static PyObject *
terms_lower(PyObject *self, PyObject *arg)
{
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "lower() needs a str");
        return NULL;
    }
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    if (kind == PyUnicode_1BYTE_KIND) {
        /* Latin-1: every character lowers to one Latin-1 character */
        PyObject *out = PyUnicode_New(n, 255);
        if (out == NULL)
            return NULL;
        const Py_UCS1 *src = data;
        Py_UCS1 *dst = PyUnicode_1BYTE_DATA(out);
        Py_UCS4 maxchar = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS1 c = src[i];
            Py_UCS1 l = (c >= 'A' && c <= 'Z') ? (Py_UCS1)(c + 32) : (c < 0xC0 || c == 0xD7 || c == 0xDF) ? c : (c <= 0xDE ? (Py_UCS1)(c + 32) : c);
            dst[i] = l;
            if (l > maxchar)
                maxchar = l;
        }
        if (maxchar < 128) {
            /* canonical form: ASCII-only text is an ASCII string */
            PyObject *ascii = PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, dst, n);
            Py_DECREF(out);
            return ascii;
        }
        return out;
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *src = data;
        Py_UCS2 *buf = PyMem_Malloc(sizeof(Py_UCS2) * (size_t)(n + 1));
        if (buf == NULL)
            return PyErr_NoMemory();
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c = src[i];
            Py_UCS4 l;
            if (c < TABLE) {
                l = lower_table[c];
                if (l == 0 && c != 0) {
                    PyMem_Free(buf);
                    Py_RETURN_NONE; /* lowers into two characters / by its context: str.lower() decides */
                }
            }
            else
                l = Py_UNICODE_TOLOWER(c); /* in the BMP for every BMP character */
            buf[i] = (Py_UCS2)l;
        }
        PyObject *out = PyUnicode_FromKindAndData(PyUnicode_2BYTE_KIND, buf, n); /* narrowed to its kind */
        PyMem_Free(buf);
        return out;
    }
    Py_UCS4 *buf = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(n + 1));
    if (buf == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == 0x130 || c == 0x3A3) {
            PyMem_Free(buf);
            Py_RETURN_NONE; /* lowers into two characters / by its context: str.lower() decides */
        }
        buf[i] = Py_UNICODE_TOLOWER(c);
    }
    PyObject *out = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, n); /* narrowed to its kind */
    PyMem_Free(buf);
    return out;
}

static PyMethodDef terms_methods[] = {
    {"lower", (PyCFunction)terms_lower, METH_O, "text.lower(), or None where a character needs str.lower()"},
    {"build", (PyCFunction)(void (*)(void))terms_build, METH_VARARGS | METH_KEYWORDS, "build(words, flags, reverse=False) -> index"},
    {"scan", (PyCFunction)terms_scan, METH_VARARGS, "scan(lower, index[, tails]) -> (occurrences, vocab, plain[, tail_found])"},
    {"ends_with", (PyCFunction)terms_ends_with, METH_VARARGS, "ends_with(lower, index) -> bool"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef terms_module = {
    PyModuleDef_HEAD_INIT,
    "pii_scanner_terms",
    "Optional compiled word pass of the classifiers' term scan (pure-Python twin in pii_scanner.classify.terms).",
    -1,
    terms_methods,
};

PyMODINIT_FUNC
PyInit_pii_scanner_terms(void)
{
    tables_init();
    PyObject *m = PyModule_Create(&terms_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddStringConstant(m, "SOURCE", TERMS_SOURCE) < 0 || PyModule_AddIntConstant(m, "ABI", TERMS_ABI) < 0 || PyModule_AddIntConstant(m, "EXACT", F_EXACT) < 0 ||
        PyModule_AddIntConstant(m, "STEM", F_STEM) < 0 || PyModule_AddIntConstant(m, "VOCAB", F_VOCAB) < 0 || PyModule_AddIntConstant(m, "TAIL", F_TAIL) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
