/*
 * pii_scanner_native: optional compiled kernels for the detection engine of nordic-pii-scanner.
 *
 * Each function here has a pure-Python twin in pii_scanner/detect/fastpath.py that defines what it
 * must return; tests compare both on generated and hostile input. The text comes from untrusted
 * documents: every index is checked against the string's length, nothing is copied into fixed
 * buffers, and only the CPython C API is used (no other library).
 *
 * Strings are read through PyUnicode_READ (any kind: Latin-1, UCS-2, UCS-4; lone surrogates and NUL
 * are ordinary code points). Character classes follow Python's re module for str patterns:
 * "\s" is Py_UNICODE_ISSPACE, str.isalpha() is Py_UNICODE_ISALPHA.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define KERNEL_ABI 6
#ifndef KERNEL_SOURCE
#define KERNEL_SOURCE "unknown" /* setup.py defines it: the hash of this file */
#endif

#include "native_kernel.h"

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t len;
} text_t;

static int
text_init(PyObject *obj, text_t *t, const char *what)
{
    if (!PyUnicode_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "%s must be str", what);
        return -1;
    }
    t->kind = PyUnicode_KIND(obj);
    t->data = PyUnicode_DATA(obj);
    t->len = PyUnicode_GET_LENGTH(obj);
    return 0;
}

/* Reads are only ever made at 0 <= i < len: callers check the bounds before calling. */
#define AT(t, i) PyUnicode_READ((t)->kind, (t)->data, (i))

static int
is_upper_sentence_start(Py_UCS4 c)
{
    /* [A-ZÆØÅÄÖ] */
    return (c >= 'A' && c <= 'Z') || c == 0xC6 || c == 0xD8 || c == 0xC5 || c == 0xC4 || c == 0xD6;
}

static int
is_stop(Py_UCS4 c)
{
    return c == '.' || c == '!' || c == '?';
}

static int
ssize_arg(PyObject *obj, Py_ssize_t *out, const char *what)
{
    Py_ssize_t v = PyLong_AsSsize_t(obj);
    if (v == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (v < 0) {
        PyErr_Format(PyExc_ValueError, "%s must not be negative", what);
        return -1;
    }
    *out = v;
    return 0;
}

/* windows(text, start, end, window) -> (before, after)
 *
 * The context windows of the span text[start:end]: up to ``window`` characters each side, the one
 * before cut after its last sentence break ([.!?]\s+(?=[A-ZÆØÅÄÖ]) or a blank line), the one after
 * cut at its first sentence break ([.!?]\s+[A-ZÆØÅÄÖ]) or line break. */
static PyObject *
native_windows(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    text_t t;
    Py_ssize_t start, end, window;
    if (nargs != 4) {
        PyErr_SetString(PyExc_TypeError, "windows(text, start, end, window) takes 4 arguments");
        return NULL;
    }
    if (text_init(args[0], &t, "text") < 0 || ssize_arg(args[1], &start, "start") < 0 ||
        ssize_arg(args[2], &end, "end") < 0 || ssize_arg(args[3], &window, "window") < 0) {
        return NULL;
    }
    if (start > t.len || end > t.len || start > end) {
        PyErr_SetString(PyExc_ValueError, "need 0 <= start <= end <= len(text)");
        return NULL;
    }
    /* before = text[max(0, start - window):start], scanned like re.finditer (left to right,
     * matches never overlap); the cut is the end of the last match. */
    Py_ssize_t lo = window >= start ? 0 : start - window;
    Py_ssize_t cut = lo;
    Py_ssize_t i = lo;
    while (i < start) {
        Py_UCS4 c = AT(&t, i);
        if (is_stop(c)) {
            Py_ssize_t j = i + 1;
            while (j < start && Py_UNICODE_ISSPACE(AT(&t, j))) {
                j++;
            }
            if (j > i + 1 && j < start && is_upper_sentence_start(AT(&t, j))) {
                cut = j;
                i = j;
                continue;
            }
        }
        else if (c == '\n') {
            Py_ssize_t j = i + 1;
            while (j < start && (AT(&t, j) == ' ' || AT(&t, j) == '\t')) {
                j++;
            }
            if (j < start && AT(&t, j) == '\n') {
                cut = j + 1;
                i = j + 1;
                continue;
            }
        }
        i++;
    }
    /* after = text[end:end + window], cut at the first match (re.search). */
    Py_ssize_t hi = (window > t.len - end) ? t.len : end + window;
    Py_ssize_t stop = hi;
    for (i = end; i < hi; i++) {
        Py_UCS4 c = AT(&t, i);
        if (c == '\n') {
            stop = i;
            break;
        }
        if (is_stop(c)) {
            Py_ssize_t j = i + 1;
            while (j < hi && Py_UNICODE_ISSPACE(AT(&t, j))) {
                j++;
            }
            if (j > i + 1 && j < hi && is_upper_sentence_start(AT(&t, j))) {
                stop = i;
                break;
            }
        }
    }
    PyObject *before = PyUnicode_Substring(args[0], cut, start);
    if (before == NULL) {
        return NULL;
    }
    PyObject *after = PyUnicode_Substring(args[0], end, stop);
    if (after == NULL) {
        Py_DECREF(before);
        return NULL;
    }
    PyObject *pair = PyTuple_Pack(2, before, after);
    Py_DECREF(before);
    Py_DECREF(after);
    return pair;
}

/* url_or_path(text, start) -> bool: the token ending at ``start`` (from the last space, newline,
 * tab or ">" within 200 characters) is part of a URL, a query string or a path. */
static PyObject *
native_url_or_path(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    text_t t;
    Py_ssize_t start;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "url_or_path(text, start) takes 2 arguments");
        return NULL;
    }
    if (text_init(args[0], &t, "text") < 0 || ssize_arg(args[1], &start, "start") < 0) {
        return NULL;
    }
    if (start > t.len) {
        PyErr_SetString(PyExc_ValueError, "need 0 <= start <= len(text)");
        return NULL;
    }
    Py_ssize_t limit = start > 200 ? start - 200 : 0;
    Py_ssize_t head = limit;
    for (Py_ssize_t i = start - 1; i >= limit; i--) {
        Py_UCS4 c = AT(&t, i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '>') {
            head = i + 1;
            break;
        }
    }
    int eq = 0, amp_or_semi = 0;
    for (Py_ssize_t i = head; i < start; i++) {
        Py_UCS4 c = AT(&t, i);
        switch (c) {
        case '=':
            eq = 1;
            break;
        case '&':
        case ';':
            amp_or_semi = 1;
            break;
        case '?':
        case '#':
        case '/': /* "/" in head.rstrip(":") is "/" in head: only colons are stripped */
            Py_RETURN_TRUE;
        case ':':
            if (i + 2 < start && AT(&t, i + 1) == '/' && AT(&t, i + 2) == '/') {
                Py_RETURN_TRUE;
            }
            break;
        case 'w':
            if (i + 3 < start && AT(&t, i + 1) == 'w' && AT(&t, i + 2) == 'w' && AT(&t, i + 3) == '.') {
                Py_RETURN_TRUE;
            }
            break;
        default:
            break;
        }
    }
    if (eq && amp_or_semi) {
        Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

/* name_before(text, start) -> bool: within the 60 characters before ``start``, with trailing
 * " \t;,|(" stripped, the last character is a letter (a name may stand right before). */
static PyObject *
native_name_before(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    text_t t;
    Py_ssize_t start;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "name_before(text, start) takes 2 arguments");
        return NULL;
    }
    if (text_init(args[0], &t, "text") < 0 || ssize_arg(args[1], &start, "start") < 0) {
        return NULL;
    }
    if (start > t.len) {
        PyErr_SetString(PyExc_ValueError, "need 0 <= start <= len(text)");
        return NULL;
    }
    Py_ssize_t lo = start > 60 ? start - 60 : 0;
    for (Py_ssize_t i = start - 1; i >= lo; i--) {
        Py_UCS4 c = AT(&t, i);
        if (c == ' ' || c == '\t' || c == ';' || c == ',' || c == '|' || c == '(') {
            continue;
        }
        return PyBool_FromLong(Py_UNICODE_ISALPHA(c));
    }
    Py_RETURN_FALSE;
}

/* line_bounds(text, pos) -> (lo, hi): the line holding ``pos``, at most 400 characters each side
 * (pii_scanner.detect.layout.line_bounds). */
static PyObject *
native_line_bounds(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    text_t t;
    Py_ssize_t pos;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "line_bounds(text, pos) takes 2 arguments");
        return NULL;
    }
    if (text_init(args[0], &t, "text") < 0 || ssize_arg(args[1], &pos, "pos") < 0) {
        return NULL;
    }
    if (pos > t.len) {
        PyErr_SetString(PyExc_ValueError, "need 0 <= pos <= len(text)");
        return NULL;
    }
    Py_ssize_t lo = 0;
    if (pos > 0) {
        Py_ssize_t floor = pos > 400 ? pos - 400 : 0;
        Py_ssize_t found = -1;
        for (Py_ssize_t i = pos - 1; i >= floor; i--) {
            if (AT(&t, i) == '\n') {
                found = i;
                break;
            }
        }
        lo = found + 1;
        if (lo == 0 && pos > 400) {
            lo = pos - 400;
        }
    }
    Py_ssize_t ceiling = (t.len - pos > 400) ? pos + 400 : t.len;
    Py_ssize_t hi = ceiling;
    for (Py_ssize_t i = pos; i < ceiling; i++) {
        if (AT(&t, i) == '\n') {
            hi = i;
            break;
        }
    }
    return Py_BuildValue("(nn)", lo, hi);
}

static PyObject *separator_strings[5]; /* "", "-", "+", " ", "ocr" */

/* ten_facts(raw) -> (separator, digits, mask) | None
 *
 * For a ten-digit candidate (already read with plain separators): the separator written between
 * date and serial ("", "-", "+", " " or "ocr" when split otherwise), the ten digits, and the mask
 * of readings that pass the cheap checks (date shape, Luhn, kennitala and HETU check digits).
 * None when the text is not plain ASCII or not ten digits: the caller then works it out in Python. */
static PyObject *
native_ten_facts(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    text_t t;
    if (nargs != 1) {
        PyErr_SetString(PyExc_TypeError, "ten_facts(raw) takes 1 argument");
        return NULL;
    }
    if (text_init(args[0], &t, "raw") < 0) {
        return NULL;
    }
    if (t.kind != PyUnicode_1BYTE_KIND || !PyUnicode_IS_ASCII(args[0]) || t.len < 10 || t.len > 64) {
        Py_RETURN_NONE;
    }
    const char *s = (const char *)t.data;
    char d[10];
    int n = 0;
    int all_digits = 1;
    for (Py_ssize_t i = 0; i < t.len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (n == 10) {
                Py_RETURN_NONE;
            }
            d[n++] = c;
        }
        else {
            all_digits = 0;
        }
    }
    if (n != 10) {
        Py_RETURN_NONE;
    }
    /* The separator, as national_ids._separator: plain digits; or 11/13 characters with a
     * non-digit fifth from the end between digits; else an OCR split. */
    PyObject *sep;
    int sep_index;
    if (all_digits) {
        sep_index = 0;
    }
    else {
        sep_index = 4;
        Py_ssize_t len = t.len;
        if (len == 11 || len == 13) {
            char mark = s[len - 5];
            int tail = 1;
            for (Py_ssize_t i = 0; i < len; i++) {
                if (i != len - 5 && !(s[i] >= '0' && s[i] <= '9')) {
                    tail = 0;
                    break;
                }
            }
            if (tail && !(mark >= '0' && mark <= '9')) {
                if (mark == '-') {
                    sep_index = 1;
                }
                else if (mark == '+') {
                    sep_index = 2;
                }
                else if (mark == ' ') {
                    sep_index = 3;
                }
                else {
                    sep_index = -1; /* another character: built below */
                }
            }
        }
    }
    if (sep_index >= 0) {
        sep = separator_strings[sep_index];
        Py_INCREF(sep);
    }
    else {
        sep = PyUnicode_FromStringAndSize(&s[t.len - 5], 1);
        if (sep == NULL) {
            return NULL;
        }
    }
    int first = (d[0] - '0') * 10 + (d[1] - '0');
    int second = (d[2] - '0') * 10 + (d[3] - '0');
    int third = (d[4] - '0') * 10 + (d[5] - '0');
    int mask = 0;
    if (second >= 1 && second <= 12) {
        int dd_mm = (first >= 1 && first <= 31) || (first >= 61 && first <= 91);
        int plain = sep_index == 0, dash = sep_index == 1, plus = sep_index == 2, space = sep_index == 3,
            ocr = sep_index == 4;
        if (dd_mm && (plain || dash || space || ocr)) {
            mask |= READ_DK;
        }
        if (((third >= 1 && third <= 31) || (third >= 61 && third <= 91)) && luhn_ok(d, 10)) {
            mask |= READ_SE;
        }
        if ((plain || dash) && (d[9] == '0' || d[9] == '8' || d[9] == '9') &&
            ((first >= 1 && first <= 31) || (first >= 41 && first <= 71)) && kennitala_check_ok(d)) {
            mask |= READ_IS;
        }
        if ((dash || plus) && dd_mm && first <= 31 && hetu_check_ok(d)) {
            mask |= READ_FI;
        }
    }
    PyObject *digits = PyUnicode_FromStringAndSize(d, 10);
    if (digits == NULL) {
        Py_DECREF(sep);
        return NULL;
    }
    PyObject *result = Py_BuildValue("(NNi)", sep, digits, mask);
    return result;
}

/* --- WordTrie: context words as a trie ------------------------------------------------------
 *
 * The same matches as pii_scanner.detect.rules._both over lower-cased text:
 *     (?<![\w-])(?:(?P<p>TRIE(positive))|(?P<n>TRIE(negative)))(?![\w])
 * scanned like re.finditer. A word ending in "*" is a stem: any word ending follows ([\w]*). At a
 * place the regex tries longer words first, so the match is the deepest node along the text that
 * ends a word followed by no word character (or is a stem); the positive trie is tried before the
 * negative one. "\w" is Python's: Py_UNICODE_ISALNUM or "_". */

#define NODE_END 1
#define NODE_STEM 2

typedef struct {
    Py_UCS4 ch;
    Py_ssize_t child;
} edge_t;

typedef struct {
    edge_t *edges; /* sorted by ch */
    Py_ssize_t n_edges;
    Py_ssize_t cap_edges;
    int flags;
} node_t;

typedef struct {
    node_t *nodes;
    Py_ssize_t n_nodes;
    Py_ssize_t cap_nodes;
} trie_t;

typedef struct {
    PyObject_HEAD
    trie_t tries[2]; /* positive, negative */
} WordTrieObject;

static int
is_word_char(Py_UCS4 c)
{
    return c == '_' || Py_UNICODE_ISALNUM(c);
}

static void
trie_free(trie_t *t)
{
    if (t->nodes != NULL) {
        for (Py_ssize_t i = 0; i < t->n_nodes; i++) {
            PyMem_Free(t->nodes[i].edges);
        }
        PyMem_Free(t->nodes);
    }
    t->nodes = NULL;
    t->n_nodes = t->cap_nodes = 0;
}

static Py_ssize_t
trie_new_node(trie_t *t)
{
    if (t->n_nodes == t->cap_nodes) {
        Py_ssize_t cap = t->cap_nodes ? t->cap_nodes * 2 : 64;
        if (cap > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(node_t)) {
            PyErr_NoMemory();
            return -1;
        }
        node_t *grown = PyMem_Realloc(t->nodes, (size_t)cap * sizeof(node_t));
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        t->nodes = grown;
        t->cap_nodes = cap;
    }
    node_t *n = &t->nodes[t->n_nodes];
    n->edges = NULL;
    n->n_edges = n->cap_edges = 0;
    n->flags = 0;
    return t->n_nodes++;
}

/* The child of ``node`` along ``ch``, or -1; ``at`` gets the insertion place when absent. */
static Py_ssize_t
trie_child(const node_t *n, Py_UCS4 ch, Py_ssize_t *at)
{
    Py_ssize_t lo = 0, hi = n->n_edges;
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (n->edges[mid].ch < ch) {
            lo = mid + 1;
        }
        else {
            hi = mid;
        }
    }
    if (at != NULL) {
        *at = lo;
    }
    return (lo < n->n_edges && n->edges[lo].ch == ch) ? n->edges[lo].child : -1;
}

static int
trie_add(trie_t *t, PyObject *word)
{
    text_t w;
    if (text_init(word, &w, "a context word") < 0) {
        return -1;
    }
    Py_ssize_t len = w.len;
    int stem = len > 0 && AT(&w, len - 1) == '*';
    if (stem) {
        len--;
    }
    if (len == 0) {
        PyErr_SetString(PyExc_ValueError, "a context word must not be empty");
        return -1;
    }
    if (t->n_nodes == 0 && trie_new_node(t) < 0) {
        return -1;
    }
    Py_ssize_t node = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 ch = AT(&w, i);
        Py_ssize_t at;
        Py_ssize_t child = trie_child(&t->nodes[node], ch, &at);
        if (child < 0) {
            child = trie_new_node(t); /* may move t->nodes: index again below */
            if (child < 0) {
                return -1;
            }
            node_t *n = &t->nodes[node];
            if (n->n_edges == n->cap_edges) {
                Py_ssize_t cap = n->cap_edges ? n->cap_edges * 2 : 2;
                edge_t *grown = PyMem_Realloc(n->edges, (size_t)cap * sizeof(edge_t));
                if (grown == NULL) {
                    PyErr_NoMemory();
                    return -1;
                }
                n->edges = grown;
                n->cap_edges = cap;
            }
            memmove(&n->edges[at + 1], &n->edges[at], (size_t)(n->n_edges - at) * sizeof(edge_t));
            n->edges[at].ch = ch;
            n->edges[at].child = child;
            n->n_edges++;
        }
        node = child;
    }
    t->nodes[node].flags |= stem ? NODE_STEM : NODE_END;
    return 0;
}

static int
trie_fill(trie_t *t, PyObject *words)
{
    PyObject *seq = PySequence_Fast(words, "context words must be a sequence of str");
    if (seq == NULL) {
        return -1;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (trie_add(t, PySequence_Fast_GET_ITEM(seq, i)) < 0) {
            Py_DECREF(seq);
            return -1;
        }
    }
    Py_DECREF(seq);
    return 0;
}

/* End of the longest word of ``t`` at text[i:] followed by no word character, or -1. */
static Py_ssize_t
trie_longest(const trie_t *t, const text_t *x, Py_ssize_t i)
{
    if (t->n_nodes == 0) {
        return -1;
    }
    Py_ssize_t node = 0, pos = i, best = -1;
    for (;;) {
        int flags = t->nodes[node].flags;
        if (flags & NODE_STEM) {
            Py_ssize_t e = pos;
            while (e < x->len && is_word_char(AT(x, e))) {
                e++;
            }
            best = e;
        }
        else if ((flags & NODE_END) && (pos == x->len || !is_word_char(AT(x, pos)))) {
            best = pos;
        }
        if (pos >= x->len) {
            break;
        }
        Py_ssize_t child = trie_child(&t->nodes[node], AT(x, pos), NULL);
        if (child < 0) {
            break;
        }
        node = child;
        pos++;
    }
    return best;
}

/* The next match at or after ``from``: its start and end in s and e, and 1 (positive) or 0
 * (negative); -1 when there is none. */
static int
wordtrie_next(const WordTrieObject *self, const text_t *x, Py_ssize_t from, Py_ssize_t *s, Py_ssize_t *e)
{
    for (Py_ssize_t i = from; i < x->len; i++) {
        if (i > 0) {
            Py_UCS4 before = AT(x, i - 1);
            if (before == '-' || is_word_char(before)) {
                continue;
            }
        }
        for (int k = 0; k < 2; k++) {
            Py_ssize_t end = trie_longest(&self->tries[k], x, i);
            if (end > i) {
                *s = i;
                *e = end;
                return k == 0;
            }
        }
    }
    return -1;
}

static void
wordtrie_dealloc(WordTrieObject *self)
{
    trie_free(&self->tries[0]);
    trie_free(&self->tries[1]);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
wordtrie_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"positive", "negative", NULL};
    PyObject *positive, *negative = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O:WordTrie", kwlist, &positive, &negative)) {
        return NULL;
    }
    WordTrieObject *self = (WordTrieObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    memset(self->tries, 0, sizeof(self->tries));
    if (trie_fill(&self->tries[0], positive) < 0 || (negative != NULL && trie_fill(&self->tries[1], negative) < 0)) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static PyObject *
wordtrie_find_all(WordTrieObject *self, PyObject *arg)
{
    text_t x;
    if (text_init(arg, &x, "text") < 0) {
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t from = 0, s, e;
    int positive;
    while ((positive = wordtrie_next(self, &x, from, &s, &e)) >= 0) {
        PyObject *item = Py_BuildValue("(nnO)", s, e, positive ? Py_True : Py_False);
        if (item == NULL || PyList_Append(out, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(item);
        from = e;
    }
    return out;
}

static PyObject *
wordtrie_search(WordTrieObject *self, PyObject *arg)
{
    text_t x;
    if (text_init(arg, &x, "text") < 0) {
        return NULL;
    }
    Py_ssize_t s, e;
    return PyBool_FromLong(wordtrie_next(self, &x, 0, &s, &e) >= 0);
}

/* --- WordTrie.context: the context words of a span, weighed ------------------------------------
 *
 * pii_scanner.detect.fastpath.context_of with this trie's matches: positive words count anywhere in
 * the windows (unless the language of the row says otherwise), negative words only when
 * ``attached`` (a Python callable) says they label the span; a word after the span that labels a
 * value of its own (_LABELS_A_VALUE) is not the span's. */

/* _LABELS_A_VALUE.match(s, pos): [ \t.:#=-]*(?:(?:nr|no|nummer)\.?[ \t:]*)?[+(]{0,2}\d
 * No backtracking changes the answer: what each part gives back cannot start the next part. */
static int
labels_a_value(const text_t *x, Py_ssize_t pos)
{
    Py_ssize_t n = x->len;
    while (pos < n) {
        Py_UCS4 c = AT(x, pos);
        if (c == ' ' || c == '\t' || c == '.' || c == ':' || c == '#' || c == '=' || c == '-') {
            pos++;
        }
        else {
            break;
        }
    }
    if (pos < n && AT(x, pos) == 'n') {
        Py_ssize_t p = -1;
        if (pos + 1 < n && (AT(x, pos + 1) == 'r' || AT(x, pos + 1) == 'o')) {
            p = pos + 2;
        }
        else if (pos + 5 < n && AT(x, pos + 1) == 'u' && AT(x, pos + 2) == 'm' && AT(x, pos + 3) == 'm' &&
                 AT(x, pos + 4) == 'e' && AT(x, pos + 5) == 'r') {
            p = pos + 6;
        }
        if (p < 0) {
            return 0;
        }
        if (p < n && AT(x, p) == '.') {
            p++;
        }
        while (p < n && (AT(x, p) == ' ' || AT(x, p) == '\t' || AT(x, p) == ':')) {
            p++;
        }
        pos = p;
    }
    int k = 0;
    while (k < 2 && pos < n && (AT(x, pos) == '+' || AT(x, pos) == '(')) {
        pos++;
        k++;
    }
    return pos < n && Py_UNICODE_ISDECIMAL(AT(x, pos));
}

typedef struct {
    Py_ssize_t s, e;
    int positive;
} match_t;

/* Every match of the trie over x (as find_all), into a growing array; -1 on no memory. */
static Py_ssize_t
wordtrie_matches(const WordTrieObject *self, const text_t *x, match_t **out)
{
    Py_ssize_t n = 0, cap = 0, from = 0, s, e;
    int positive;
    *out = NULL;
    while ((positive = wordtrie_next(self, x, from, &s, &e)) >= 0) {
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            match_t *grown = PyMem_Realloc(*out, (size_t)cap * sizeof(match_t));
            if (grown == NULL) {
                PyMem_Free(*out);
                *out = NULL;
                PyErr_NoMemory();
                return -1;
            }
            *out = grown;
        }
        (*out)[n].s = s;
        (*out)[n].e = e;
        (*out)[n].positive = positive;
        n++;
        from = e;
    }
    return n;
}

/* hint() asked once: *cache holds a new reference after the first call. */
static PyObject *
ask_hint(PyObject *hint, PyObject **cache)
{
    if (*cache == NULL) {
        *cache = PyObject_CallNoArgs(hint);
    }
    return *cache;
}

/* positive(is_p, word) of context_around: 1, 0, or -1 on an error. */
static int
word_is_positive(int is_p, PyObject *word, PyObject *languages, PyObject *negative_in, PyObject *hint,
                 PyObject **hint_value)
{
    if (!is_p) {
        return 0;
    }
    if (PyDict_GET_SIZE(languages) > 0) {
        PyObject *langs = PyDict_GetItemWithError(languages, word);
        if (langs == NULL && PyErr_Occurred()) {
            return -1;
        }
        if (langs != NULL) {
            if (hint == Py_None) {
                return 0;
            }
            PyObject *lang = ask_hint(hint, hint_value);
            if (lang == NULL) {
                return -1;
            }
            int in = PySequence_Contains(langs, lang);
            if (in <= 0) {
                return in; /* not among the word's languages (0), or an error (-1) */
            }
        }
    }
    if (hint != Py_None) {
        PyObject *langs = PyDict_GetItemWithError(negative_in, word);
        if (langs == NULL) {
            return PyErr_Occurred() ? -1 : 1;
        }
        PyObject *lang = ask_hint(hint, hint_value);
        if (lang == NULL) {
            return -1;
        }
        int in = PySequence_Contains(langs, lang);
        return in < 0 ? -1 : !in;
    }
    return 1;
}

/* The lower-cased word low[s:e].lower() (an ASCII word is its own lower case). */
static PyObject *
lowered_word(PyObject *low, Py_ssize_t s, Py_ssize_t e)
{
    PyObject *word = PyUnicode_Substring(low, s, e);
    if (word == NULL || PyUnicode_IS_ASCII(word)) {
        return word;
    }
    PyObject *lower = PyObject_CallMethod(word, "lower", NULL);
    Py_DECREF(word);
    return lower;
}

/* attached(text[lo:hi]) -> 1, 0, or -1 on an error. */
static int
call_attached(PyObject *attached, PyObject *text, Py_ssize_t lo, Py_ssize_t hi)
{
    PyObject *gap = PyUnicode_Substring(text, lo, hi);
    if (gap == NULL) {
        return -1;
    }
    PyObject *answer = PyObject_CallOneArg(attached, gap);
    Py_DECREF(gap);
    if (answer == NULL) {
        return -1;
    }
    int truth = PyObject_IsTrue(answer);
    Py_DECREF(answer);
    return truth;
}

/* Adds word to the set and keeps the nearest distance. */
static int
note_word(PyObject *set, PyObject *word, Py_ssize_t distance, Py_ssize_t *nearest)
{
    if (*nearest < 0 || distance < *nearest) {
        *nearest = distance;
    }
    return PySet_Add(set, word);
}

static PyObject *
sorted_tuple(PyObject *set)
{
    PyObject *list = PySequence_List(set);
    if (list == NULL) {
        return NULL;
    }
    if (PyList_Sort(list) < 0) {
        Py_DECREF(list);
        return NULL;
    }
    PyObject *tuple = PyList_AsTuple(list);
    Py_DECREF(list);
    return tuple;
}

static PyObject *
wordtrie_context(WordTrieObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 8) {
        PyErr_SetString(PyExc_TypeError,
                        "context(before, after, low_before, low_after, languages, negative_in, hint, attached) "
                        "takes 8 arguments");
        return NULL;
    }
    PyObject *before = args[0], *after = args[1], *low_before = args[2], *low_after = args[3];
    PyObject *languages = args[4], *negative_in = args[5], *hint = args[6], *attached = args[7];
    text_t tb, ta, lb, la;
    if (text_init(before, &tb, "before") < 0 || text_init(after, &ta, "after") < 0 ||
        text_init(low_before, &lb, "low_before") < 0 || text_init(low_after, &la, "low_after") < 0) {
        return NULL;
    }
    if (lb.len != tb.len || la.len != ta.len) {
        PyErr_SetString(PyExc_ValueError, "the lower-cased windows must be as long as the windows");
        return NULL;
    }
    if (!PyDict_Check(languages) || !PyDict_Check(negative_in)) {
        PyErr_SetString(PyExc_TypeError, "languages and negative_in must be dicts");
        return NULL;
    }
    if ((hint != Py_None && !PyCallable_Check(hint)) || !PyCallable_Check(attached)) {
        PyErr_SetString(PyExc_TypeError, "hint must be callable or None, attached callable");
        return NULL;
    }
    match_t *mb = NULL, *ma = NULL;
    Py_ssize_t nb = wordtrie_matches(self, &lb, &mb);
    if (nb < 0) {
        return NULL;
    }
    Py_ssize_t na = wordtrie_matches(self, &la, &ma);
    if (na < 0) {
        PyMem_Free(mb);
        return NULL;
    }
    PyObject *result = NULL, *pos = NULL, *neg = NULL, *hint_value = NULL, *word = NULL;
    char *owned = NULL;
    if (nb == 0 && na == 0) {
        result = Py_None;
        Py_INCREF(result);
        goto done;
    }
    pos = PySet_New(NULL);
    neg = PySet_New(NULL);
    if (pos == NULL || neg == NULL) {
        goto done;
    }
    Py_ssize_t nearest_pos = -1, nearest_neg = -1;
    for (Py_ssize_t k = 0; k < nb; k++) {
        word = lowered_word(low_before, mb[k].s, mb[k].e);
        if (word == NULL) {
            goto done;
        }
        Py_ssize_t distance = tb.len - mb[k].e;
        int is = word_is_positive(mb[k].positive, word, languages, negative_in, hint, &hint_value);
        if (is < 0) {
            goto done;
        }
        if (is) {
            if (note_word(pos, word, distance, &nearest_pos) < 0) {
                goto done;
            }
        }
        else {
            int att = call_attached(attached, before, mb[k].e, tb.len);
            if (att < 0 || (att && note_word(neg, word, distance, &nearest_neg) < 0)) {
                goto done;
            }
        }
        Py_CLEAR(word);
    }
    /* A word after the span that labels a value of its own, or heads a phrase that does, is not
     * the span's: marked from the last match backwards. */
    owned = PyMem_Calloc(na > 0 ? (size_t)na : 1, 1);
    if (owned == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t following = -1;
    for (Py_ssize_t k = na - 1; k >= 0; k--) {
        int blank = 0;
        if (following >= 0) {
            blank = 1;
            for (Py_ssize_t i = ma[k].e; i < following; i++) {
                if (!Py_UNICODE_ISSPACE(AT(&ta, i))) {
                    blank = 0;
                    break;
                }
            }
        }
        if (labels_a_value(&ta, ma[k].e) || blank) {
            owned[k] = 1;
            following = ma[k].s;
        }
        else {
            following = -1;
        }
    }
    for (Py_ssize_t k = 0; k < na; k++) {
        if (owned[k]) {
            continue;
        }
        word = lowered_word(low_after, ma[k].s, ma[k].e);
        if (word == NULL) {
            goto done;
        }
        int is = word_is_positive(ma[k].positive, word, languages, negative_in, hint, &hint_value);
        if (is < 0) {
            goto done;
        }
        if (is) {
            if (note_word(pos, word, ma[k].s, &nearest_pos) < 0) {
                goto done;
            }
        }
        else {
            int att = call_attached(attached, after, 0, ma[k].s);
            if (att < 0 || (att && note_word(neg, word, ma[k].s, &nearest_neg) < 0)) {
                goto done;
            }
        }
        Py_CLEAR(word);
    }
    if (PySet_GET_SIZE(pos) == 0 && PySet_GET_SIZE(neg) == 0) {
        result = Py_None;
        Py_INCREF(result);
        goto done;
    }
    int suppressed = nearest_neg >= 0 && (nearest_pos < 0 || nearest_neg < nearest_pos);
    PyObject *pos_words = sorted_tuple(pos);
    if (pos_words == NULL) {
        goto done;
    }
    PyObject *neg_words = sorted_tuple(neg);
    if (neg_words == NULL) {
        Py_DECREF(pos_words);
        goto done;
    }
    result = Py_BuildValue("(NNO)", pos_words, neg_words, suppressed ? Py_True : Py_False);
done:
    Py_XDECREF(word);
    Py_XDECREF(pos);
    Py_XDECREF(neg);
    Py_XDECREF(hint_value);
    PyMem_Free(owned);
    PyMem_Free(mb);
    PyMem_Free(ma);
    return result;
}

static PyMethodDef wordtrie_methods[] = {
    {"find_all", (PyCFunction)wordtrie_find_all, METH_O,
     "find_all(text) -> [(start, end, positive)]: every match, as re.finditer would find them."},
    {"search", (PyCFunction)wordtrie_search, METH_O, "search(text) -> bool: some word matches."},
    {"context", (PyCFunction)(void (*)(void))wordtrie_context, METH_FASTCALL,
     "context(before, after, low_before, low_after, languages, negative_in, hint, attached) -> "
     "(positive, negative, suppressed) | None: the span's context words, weighed."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject WordTrieType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pii_scanner_native.WordTrie",
    .tp_basicsize = sizeof(WordTrieObject),
    .tp_dealloc = (destructor)wordtrie_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "WordTrie(positive, negative=()): context words matched as whole words over lower-cased text.",
    .tp_methods = wordtrie_methods,
    .tp_new = wordtrie_new,
};

/* --- a finding built without its dataclass __init__ ------------------------------------------- */

static PyObject *finding_fields[9];

/* finding(cls, entity_type, start, end, score, value, normalized, explanation, subtype, part) -> an
 * instance of cls with those nine fields set as object.__setattr__ sets them, without running the frozen
 * dataclass's generated __init__ (about ten times its cost). The engine uses it only while Finding has
 * exactly these fields, in this order, and no __post_init__ (fastpath.py checks); the pure twin calls cls. */
static PyObject *
native_finding(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 10) {
        PyErr_Format(PyExc_TypeError, "finding() takes 10 arguments (%zd given)", nargs);
        return NULL;
    }
    if (!PyType_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "finding() needs a class first");
        return NULL;
    }
    PyTypeObject *cls = (PyTypeObject *)args[0];
    /* Only a plain Python class whose instances object.__new__ makes: any other class has a constructor
     * of its own that never ran, and using its half-made instance could crash the interpreter. */
    if (!(cls->tp_flags & Py_TPFLAGS_HEAPTYPE) || cls->tp_new != PyBaseObject_Type.tp_new ||
        cls->tp_alloc == NULL || (cls->tp_flags & Py_TPFLAGS_IS_ABSTRACT)) {
        PyErr_SetString(PyExc_TypeError, "finding() makes instances of a plain class only");
        return NULL;
    }
    PyObject *obj = cls->tp_alloc(cls, 0);
    if (obj == NULL) {
        return NULL;
    }
    for (int i = 0; i < 9; i++) {
        if (PyObject_GenericSetAttr(obj, finding_fields[i], args[i + 1]) < 0) {
            Py_DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

static PyMethodDef native_methods[] = {
    {"windows", (PyCFunction)(void (*)(void))native_windows, METH_FASTCALL,
     "windows(text, start, end, window) -> (before, after): context windows cut at sentence breaks."},
    {"url_or_path", (PyCFunction)(void (*)(void))native_url_or_path, METH_FASTCALL,
     "url_or_path(text, start) -> bool: the token before start is a URL, query string or path."},
    {"name_before", (PyCFunction)(void (*)(void))native_name_before, METH_FASTCALL,
     "name_before(text, start) -> bool: a letter ends the 60 characters before start (separators stripped)."},
    {"line_bounds", (PyCFunction)(void (*)(void))native_line_bounds, METH_FASTCALL,
     "line_bounds(text, pos) -> (lo, hi): the line holding pos, at most 400 characters each side."},
    {"ten_facts", (PyCFunction)(void (*)(void))native_ten_facts, METH_FASTCALL,
     "ten_facts(raw) -> (separator, digits, mask) | None: cheap checks of a ten-digit candidate."},
    {"finding", (PyCFunction)(void (*)(void))native_finding, METH_FASTCALL,
     "finding(cls, entity_type, start, end, score, value, normalized, explanation, subtype, part) -> cls "
     "instance with those fields, without __init__."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef native_module = {
    PyModuleDef_HEAD_INIT,
    "pii_scanner_native",
    "Optional compiled kernels for nordic-pii-scanner's detection engine.",
    -1,
    native_methods,
};

PyMODINIT_FUNC
PyInit_pii_scanner_native(void)
{
    static const char *const seps[5] = {"", "-", "+", " ", "ocr"};
    for (int k = 0; k < 5; k++) {
        if (separator_strings[k] == NULL) {
            separator_strings[k] = PyUnicode_InternFromString(seps[k]);
            if (separator_strings[k] == NULL) {
                return NULL;
            }
        }
    }
    static const char *const field_names[9] = {"entity_type", "start", "end", "score", "value",
                                               "normalized", "explanation", "subtype", "part"};
    for (int k = 0; k < 9; k++) {
        if (finding_fields[k] == NULL) {
            finding_fields[k] = PyUnicode_InternFromString(field_names[k]);
            if (finding_fields[k] == NULL) {
                return NULL;
            }
        }
    }
    if (PyType_Ready(&WordTrieType) < 0) {
        return NULL;
    }
    PyObject *m = PyModule_Create(&native_module);
    if (m == NULL) {
        return NULL;
    }
    if (readings_init(m) < 0 || leads_init(m) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(&WordTrieType);
    if (PyModule_AddObject(m, "WordTrie", (PyObject *)&WordTrieType) < 0) {
        Py_DECREF(&WordTrieType);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddStringConstant(m, "SOURCE", KERNEL_SOURCE) < 0 || PyModule_AddIntConstant(m, "ABI", KERNEL_ABI) < 0 || PyModule_AddIntConstant(m, "READ_DK", READ_DK) < 0 ||
        PyModule_AddIntConstant(m, "READ_SE", READ_SE) < 0 || PyModule_AddIntConstant(m, "READ_IS", READ_IS) < 0 ||
        PyModule_AddIntConstant(m, "READ_FI", READ_FI) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
