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

#define KERNEL_ABI 1

/* Bits of ten_facts' mask: which readings of a ten-digit candidate pass the cheap checks. */
#define READ_DK 1
#define READ_SE 2
#define READ_IS 4
#define READ_FI 8

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

static int
luhn_ok(const char *d, int n)
{
    int total = 0;
    for (int k = 0; k < n; k++) {
        int v = d[n - 1 - k] - '0';
        if (k % 2 == 1) {
            v *= 2;
            if (v > 9) {
                v -= 9;
            }
        }
        total += v;
    }
    return total % 10 == 0;
}

static int
kennitala_check_ok(const char *d)
{
    static const int weights[8] = {3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int k = 0; k < 8; k++) {
        sum += weights[k] * (d[k] - '0');
    }
    int check = 11 - sum % 11;
    if (check == 11) {
        check = 0;
    }
    return check == d[8] - '0';
}

static int
hetu_check_ok(const char *d)
{
    long long value = 0;
    for (int k = 0; k < 9; k++) {
        value = value * 10 + (d[k] - '0');
    }
    int index = (int)(value % 31);
    /* The alphabet "0123456789ABCDEFHJKLMNPRSTUVWXY": a digit check character is its own index. */
    return index < 10 && index == d[9] - '0';
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
    PyObject *m = PyModule_Create(&native_module);
    if (m == NULL) {
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "ABI", KERNEL_ABI) < 0 || PyModule_AddIntConstant(m, "READ_DK", READ_DK) < 0 ||
        PyModule_AddIntConstant(m, "READ_SE", READ_SE) < 0 || PyModule_AddIntConstant(m, "READ_IS", READ_IS) < 0 ||
        PyModule_AddIntConstant(m, "READ_FI", READ_FI) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
