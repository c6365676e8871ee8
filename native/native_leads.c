/*
 * LeadScanner: the places where a candidate can start, in one pass over the text.
 *
 * The automaton is data made in Python from the engine's candidate regex (pii_scanner/detect/leads.py,
 * whose positions() is the reference this must equal): moves[state * 129 + symbol] is the next state,
 * -1 (dead) or an accept, -2 - code (the code tells which alternatives may match there); symbol = the code
 * point when below 128, else 128. With guard set, a place
 * right after a word character (re's "\w": Py_UNICODE_ISALNUM or "_") is skipped.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "native_kernel.h"

#define LEAD_SYMBOLS 129
#define LEAD_OTHER 128
#define LEAD_DEAD (-1)
#define LEAD_ACCEPT (-2)
#define LEAD_CODES 1000000 /* accept codes 0 .. LEAD_CODES - 1 */

typedef struct {
    PyObject_HEAD
    int *moves;
    Py_ssize_t states;
    int guard;
} LeadScanner;

static void
leadscanner_dealloc(LeadScanner *self)
{
    PyMem_Free(self->moves);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
leadscanner_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"moves", "guard", NULL};
    PyObject *moves_obj;
    int guard = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "Op:LeadScanner", kwlist, &moves_obj, &guard)) {
        return NULL;
    }
    /* A tuple copy: an item's __index__ may run code that changes the caller's list. */
    PyObject *seq = PySequence_Tuple(moves_obj);
    if (seq == NULL) {
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    if (n < LEAD_SYMBOLS || n % LEAD_SYMBOLS != 0 || n / LEAD_SYMBOLS > 1000000) {
        Py_DECREF(seq);
        PyErr_SetString(PyExc_ValueError, "moves must hold 129 entries per state, at least one state");
        return NULL;
    }
    Py_ssize_t states = n / LEAD_SYMBOLS;
    int *moves = PyMem_New(int, (size_t)n);
    if (moves == NULL) {
        Py_DECREF(seq);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *item = PyTuple_GET_ITEM(seq, k);
        Py_INCREF(item);
        long v = PyLong_AsLong(item);
        Py_DECREF(item);
        if (v == -1 && PyErr_Occurred()) {
            PyMem_Free(moves);
            Py_DECREF(seq);
            return NULL;
        }
        if (v <= LEAD_ACCEPT - LEAD_CODES || v >= states) {
            PyMem_Free(moves);
            Py_DECREF(seq);
            PyErr_SetString(PyExc_ValueError, "a move must be a state number, -1 or an accept -2 - code (code < 1000000)");
            return NULL;
        }
        moves[k] = (int)v;
    }
    Py_DECREF(seq);
    LeadScanner *self = (LeadScanner *)type->tp_alloc(type, 0);
    if (self == NULL) {
        PyMem_Free(moves);
        return NULL;
    }
    self->moves = moves;
    self->states = states;
    self->guard = guard;
    return (PyObject *)self;
}

static int
lead_is_word(Py_UCS4 c)
{
    return Py_UNICODE_ISALNUM(c) || c == '_';
}

static int
append_int(PyObject *list, Py_ssize_t value)
{
    PyObject *item = PyLong_FromSsize_t(value);
    if (item == NULL) {
        return -1;
    }
    int failed = PyList_Append(list, item);
    Py_DECREF(item);
    return failed;
}

/* The places where the automaton accepts; with codes set, each followed by its accept code. */
static PyObject *
leadscanner_run(LeadScanner *self, PyObject *const *args, Py_ssize_t nargs, int codes)
{
    if (nargs != 4) {
        PyErr_SetString(PyExc_TypeError, "takes 4 arguments: (text, start, end, limit)");
        return NULL;
    }
    if (!PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "text must be str");
        return NULL;
    }
    Py_ssize_t start = PyNumber_AsSsize_t(args[1], PyExc_OverflowError);
    if (start == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t end = PyNumber_AsSsize_t(args[2], PyExc_OverflowError);
    if (end == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t limit = PyNumber_AsSsize_t(args[3], PyExc_OverflowError);
    if (limit == -1 && PyErr_Occurred()) {
        return NULL;
    }
    /* The text is read only after every argument is converted: nothing below runs Python code. */
    PyObject *text = args[0];
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    if (limit > len) {
        limit = len;
    }
    if (end > limit) {
        end = limit;
    }
    if (start < 0) {
        start = 0;
    }
    PyObject *found = PyList_New(0);
    if (found == NULL) {
        return NULL;
    }
    const int *moves = self->moves;
    const int guard = self->guard;
    /* One loop per string kind: the first move, dead at most characters, is then a plain array read. */
#define LEAD_SCAN(CHAR)                                                                                      \
    do {                                                                                                     \
        const CHAR *chars = (const CHAR *)data;                                                              \
        for (Py_ssize_t p = start; p < end; p++) {                                                           \
            Py_UCS4 c = chars[p];                                                                            \
            int state = moves[c < LEAD_OTHER ? c : LEAD_OTHER];                                              \
            if (state == LEAD_DEAD) {                                                                        \
                continue; /* most characters: not a lead */                                                  \
            }                                                                                                \
            if (guard && p > 0) {                                                                            \
                Py_UCS4 before = chars[p - 1];                                                               \
                if (before < 128 ? (Py_ISALNUM(before) || before == '_') : lead_is_word(before)) {           \
                    continue;                                                                                \
                }                                                                                            \
            }                                                                                                \
            Py_ssize_t i = p + 1;                                                                            \
            while (state >= 0 && i < limit) {                                                                \
                c = chars[i];                                                                                \
                state = moves[(Py_ssize_t)state * LEAD_SYMBOLS + (c < LEAD_OTHER ? c : LEAD_OTHER)];         \
                i++;                                                                                         \
            }                                                                                                \
            if (state <= LEAD_ACCEPT) {                                                                      \
                if (append_int(found, p) < 0 || (codes && append_int(found, LEAD_ACCEPT - state) < 0)) {     \
                    Py_DECREF(found);                                                                        \
                    return NULL;                                                                             \
                }                                                                                            \
            }                                                                                                \
        }                                                                                                    \
    } while (0)
    if (kind == PyUnicode_1BYTE_KIND) {
        LEAD_SCAN(Py_UCS1);
    }
    else if (kind == PyUnicode_2BYTE_KIND) {
        LEAD_SCAN(Py_UCS2);
    }
    else {
        LEAD_SCAN(Py_UCS4);
    }
#undef LEAD_SCAN
    return found;
}

static PyObject *
leadscanner_positions(LeadScanner *self, PyObject *const *args, Py_ssize_t nargs)
{
    return leadscanner_run(self, args, nargs, 0);
}

static PyObject *
leadscanner_places(LeadScanner *self, PyObject *const *args, Py_ssize_t nargs)
{
    return leadscanner_run(self, args, nargs, 1);
}

static PyObject *
leadscanner_states(LeadScanner *self, void *closure)
{
    (void)closure;
    return PyLong_FromSsize_t(self->states);
}

static PyMethodDef leadscanner_methods[] = {
    {"positions", (PyCFunction)(void (*)(void))leadscanner_positions, METH_FASTCALL,
     "positions(text, start, end, limit) -> list[int]: places in [start, end) the automaton accepts, "
     "reading nothing at or past limit."},
    {"places", (PyCFunction)(void (*)(void))leadscanner_places, METH_FASTCALL,
     "places(text, start, end, limit) -> list[int]: as positions, each place followed by its accept code."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef leadscanner_getset[] = {
    {"states", (getter)leadscanner_states, NULL, "Number of states.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject LeadScannerType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pii_scanner_native.LeadScanner",
    .tp_basicsize = sizeof(LeadScanner),
    .tp_dealloc = (destructor)leadscanner_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "LeadScanner(moves, guard): where a candidate can start (see pii_scanner/detect/leads.py).",
    .tp_methods = leadscanner_methods,
    .tp_getset = leadscanner_getset,
    .tp_new = leadscanner_new,
};

int
leads_init(PyObject *module)
{
    if (PyType_Ready(&LeadScannerType) < 0) {
        return -1;
    }
    Py_INCREF(&LeadScannerType);
    if (PyModule_AddObject(module, "LeadScanner", (PyObject *)&LeadScannerType) < 0) {
        Py_DECREF(&LeadScannerType);
        return -1;
    }
    return 0;
}
