/*
 * TenReader: every reading of a ten-digit candidate (DK CPR, SE personnummer, IS kennitala, FI HETU)
 * in one call: the date and century rules, the check digits, the birth date, the subtype, the checksum
 * status and the reading's base score (the scores come from the rules' data, handed in once).
 *
 * The pure-Python twin is pii_scanner.detect.fastpath.TenReader, which calls the identifier modules
 * (pii_scanner/detect/identifiers/); tests compare both on every date shape and separator.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>

#include "native_kernel.h"

/* The scores, in the order of pii_scanner.detect.fastpath.TEN_SCORE_KEYS. */
enum {
    S_DK_VALID,
    S_DK_EXEMPT,
    S_DK_INVALID,
    S_DK_NOT_REQUIRED,
    S_DK_FIRST_OF_JANUARY,
    S_DK_REPLACEMENT,
    S_DK_NO_SEPARATOR,
    S_DK_OCR_SPLIT,
    S_SE_TEN_DIGITS,
    S_SE_SAMORDNING,
    S_SE_NO_SEPARATOR,
    S_IS_VALID,
    S_IS_COMPANY,
    S_FI_VALID,
    S_FI_TEMPORARY,
    S_FI_DIGIT_FORM,
    N_SCORES
};

typedef struct {
    PyObject_HEAD
    int today; /* yyyymmdd */
    int today_year, today_month, today_day;
    int *exempt; /* yyyymmdd, sorted */
    Py_ssize_t n_exempt;
    double scores[N_SCORES];
} TenReaderObject;

static PyObject *s_dk, *s_se, *s_is, *s_fi;
static PyObject *s_valid, *s_invalid, *s_exempt;
static PyObject *s_replacement, *s_samordning, *s_company, *s_temporary;

static int
is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* A date datetime.date accepts: year 1-9999, month 1-12, a day of that month. */
static int
calendar_date(int y, int m, int d)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) {
        return 0;
    }
    int most = days[m - 1] + (m == 2 && is_leap(y));
    return d <= most;
}

static int
ymd(int y, int m, int d)
{
    return y * 10000 + m * 100 + d;
}

static int
int_compare(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int
reader_exempt(const TenReaderObject *r, int date)
{
    return r->n_exempt > 0 && bsearch(&date, r->exempt, (size_t)r->n_exempt, sizeof(int), int_compare) != NULL;
}

static int
two(const char *d)
{
    return (d[0] - '0') * 10 + (d[1] - '0');
}

static int
floor_mod(int a, int n)
{
    int r = a % n;
    return r < 0 ? r + n : r;
}

/* Appends (entity, normalized, born, subtype, checksum, score) to ``out``. */
static int
add_reading(PyObject *out, PyObject *entity, PyObject *normalized, int y, int m, int d, PyObject *subtype,
            PyObject *checksum, double score)
{
    PyObject *born = PyDate_FromDate(y, m, d);
    if (born == NULL) {
        Py_DECREF(normalized);
        return -1;
    }
    PyObject *item = Py_BuildValue("(ONNOOd)", entity, normalized, born, subtype ? subtype : Py_None, checksum, score);
    if (item == NULL) {
        return -1;
    }
    int rc = PyList_Append(out, item);
    Py_DECREF(item);
    return rc;
}

static void
tenreader_dealloc(TenReaderObject *self)
{
    PyMem_Free(self->exempt);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
tenreader_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"today", "exempt", "scores", NULL};
    PyObject *today, *exempt, *scores;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOO:TenReader", kwlist, &today, &exempt, &scores)) {
        return NULL;
    }
    if (!PyDate_Check(today)) {
        PyErr_SetString(PyExc_TypeError, "today must be a datetime.date");
        return NULL;
    }
    PyObject *values = PySequence_Fast(scores, "scores must be a sequence of numbers");
    if (values == NULL) {
        return NULL;
    }
    if (PySequence_Fast_GET_SIZE(values) != N_SCORES) {
        PyErr_Format(PyExc_ValueError, "scores must hold %d numbers", N_SCORES);
        Py_DECREF(values);
        return NULL;
    }
    TenReaderObject *self = (TenReaderObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        Py_DECREF(values);
        return NULL;
    }
    self->exempt = NULL;
    self->n_exempt = 0;
    for (Py_ssize_t k = 0; k < N_SCORES; k++) {
        double v = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(values, k));
        if (v == -1.0 && PyErr_Occurred()) {
            Py_DECREF(values);
            Py_DECREF(self);
            return NULL;
        }
        self->scores[k] = v;
    }
    Py_DECREF(values);
    self->today_year = PyDateTime_GET_YEAR(today);
    self->today_month = PyDateTime_GET_MONTH(today);
    self->today_day = PyDateTime_GET_DAY(today);
    self->today = ymd(self->today_year, self->today_month, self->today_day);
    PyObject *dates = PySequence_Fast(exempt, "exempt must be a collection of datetime.date");
    if (dates == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(dates);
    self->exempt = PyMem_Calloc(n > 0 ? (size_t)n : 1, sizeof(int));
    if (self->exempt == NULL) {
        Py_DECREF(dates);
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *date = PySequence_Fast_GET_ITEM(dates, k);
        if (!PyDate_Check(date)) {
            PyErr_SetString(PyExc_TypeError, "exempt must hold datetime.date objects");
            Py_DECREF(dates);
            Py_DECREF(self);
            return NULL;
        }
        self->exempt[k] = ymd(PyDateTime_GET_YEAR(date), PyDateTime_GET_MONTH(date), PyDateTime_GET_DAY(date));
    }
    Py_DECREF(dates);
    self->n_exempt = n;
    qsort(self->exempt, (size_t)n, sizeof(int), int_compare);
    return (PyObject *)self;
}

/* read(digits, sep, mask) -> [(entity, normalized, born, subtype, checksum, score)] | None
 *
 * ``digits`` the ten digits, ``sep`` the separator written ("", "-", "+", " " or "ocr"), ``mask`` the
 * readings whose cheap checks passed (ten_facts). None when ``digits`` is not ten ASCII digits: the
 * caller then asks the pure-Python reader. */
static PyObject *
tenreader_read(TenReaderObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "read(digits, sep, mask) takes 3 arguments");
        return NULL;
    }
    PyObject *digits_obj = args[0], *sep_obj = args[1];
    if (!PyUnicode_Check(digits_obj) || !PyUnicode_Check(sep_obj)) {
        PyErr_SetString(PyExc_TypeError, "digits and sep must be str");
        return NULL;
    }
    long mask = PyLong_AsLong(args[2]);
    if (mask == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (!PyUnicode_IS_ASCII(digits_obj) || PyUnicode_GET_LENGTH(digits_obj) != 10) {
        Py_RETURN_NONE;
    }
    const char *d = (const char *)PyUnicode_DATA(digits_obj);
    for (int k = 0; k < 10; k++) {
        if (d[k] < '0' || d[k] > '9') {
            Py_RETURN_NONE;
        }
    }
    /* The separator: only its kind matters here. */
    int sep_plain = 0, sep_dash = 0, sep_plus = 0, sep_ocr = 0;
    if (PyUnicode_GET_LENGTH(sep_obj) == 0) {
        sep_plain = 1;
    }
    else if (PyUnicode_GET_LENGTH(sep_obj) == 1) {
        Py_UCS4 c = PyUnicode_READ_CHAR(sep_obj, 0);
        sep_dash = c == '-';
        sep_plus = c == '+';
    }
    else if (PyUnicode_CompareWithASCIIString(sep_obj, "ocr") == 0) {
        sep_ocr = 1;
    }
    const double *sc = self->scores;
    int first = two(d), month = two(d + 2), third = two(d + 4);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    if (mask & READ_DK) {
        /* dk_cpr.info: day + 60 for a replacement number; the century from the seventh digit. */
        int day = first, yy = third, seventh = d[6] - '0';
        PyObject *subtype = NULL;
        if (day > 60) {
            day -= 60;
            subtype = s_replacement;
        }
        int year;
        if (seventh <= 3) {
            year = 1900 + yy;
        }
        else if (seventh == 4 || seventh == 9) {
            year = (yy <= 36 ? 2000 : 1900) + yy;
        }
        else {
            year = (yy <= 57 ? 2000 : 1800) + yy;
        }
        if (calendar_date(year, month, day) && ymd(year, month, day) <= self->today) {
            static const int weights[10] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
            int sum = 0;
            for (int k = 0; k < 10; k++) {
                sum += weights[k] * (d[k] - '0');
            }
            int born = ymd(year, month, day);
            PyObject *checksum;
            double value;
            if (sum % 11 == 0) {
                checksum = s_valid;
                value = sc[S_DK_VALID];
            }
            else if (reader_exempt(self, born)) {
                checksum = s_exempt;
                value = sc[S_DK_EXEMPT];
            }
            else {
                checksum = s_invalid;
                if (born >= 20071001) {
                    value = sc[S_DK_NOT_REQUIRED]; /* issued since October 2007: modulus 11 not guaranteed */
                }
                else if (month == 1 && day == 1) {
                    value = sc[S_DK_FIRST_OF_JANUARY];
                }
                else {
                    value = sc[S_DK_INVALID];
                }
            }
            if (subtype != NULL && sc[S_DK_REPLACEMENT] < value) {
                value = sc[S_DK_REPLACEMENT];
            }
            if (sep_plain) {
                value += sc[S_DK_NO_SEPARATOR];
            }
            else if (sep_ocr) {
                value += sc[S_DK_OCR_SPLIT];
            }
            PyObject *normalized = PyUnicode_FromStringAndSize(d, 10);
            if (normalized == NULL ||
                add_reading(out, s_dk, normalized, year, month, day, subtype, checksum, value) < 0) {
                Py_DECREF(out);
                return NULL;
            }
        }
    }
    if (mask & READ_SE) {
        /* se_personnummer.info of DDDDDD[-+]DDDD (the separator kept only when "-" or "+"). */
        int yy = first, day = third;
        PyObject *subtype = NULL;
        if (month < 20) {
            if (day > 60) {
                day -= 60;
                subtype = s_samordning;
            }
            int year;
            int ty = self->today_year;
            if (sep_plus) {
                int last = ty - 100;
                year = last - floor_mod(last - yy, 100);
            }
            else {
                year = ty - floor_mod(ty - yy, 100);
                if (!sep_dash && (month > self->today_month || (month == self->today_month && day > self->today_day)) &&
                    year == ty) {
                    year -= 100;
                }
            }
            if (calendar_date(year, month, day) && ymd(year, month, day) <= self->today && luhn_ok(d, 10)) {
                double value = sc[S_SE_TEN_DIGITS];
                if (subtype != NULL && sc[S_SE_SAMORDNING] < value) {
                    value = sc[S_SE_SAMORDNING];
                }
                if (!sep_dash && !sep_plus) {
                    value += sc[S_SE_NO_SEPARATOR];
                }
                char buf[16];
                int written = PyOS_snprintf(buf, sizeof(buf), "%04d%.8s", year, d + 2);
                PyObject *normalized = PyUnicode_FromStringAndSize(buf, written);
                if (normalized == NULL ||
                    add_reading(out, s_se, normalized, year, month, day, subtype, s_valid, value) < 0) {
                    Py_DECREF(out);
                    return NULL;
                }
            }
        }
    }
    if (mask & READ_IS) {
        /* is_kennitala.info: the century from the last digit; day + 40 for a company. */
        int century = d[9] == '9' ? 1900 : d[9] == '0' ? 2000 : d[9] == '8' ? 1800 : -1;
        int day = first;
        PyObject *subtype = NULL;
        if (day > 40) {
            day -= 40;
            subtype = s_company;
        }
        int year = century + third;
        if (century > 0 && calendar_date(year, month, day) && kennitala_check_ok(d) &&
            ymd(year, month, day) <= self->today) {
            PyObject *normalized = PyUnicode_FromStringAndSize(d, 10);
            double value = subtype != NULL ? sc[S_IS_COMPANY] : sc[S_IS_VALID];
            if (normalized == NULL ||
                add_reading(out, s_is, normalized, year, month, day, subtype, s_valid, value) < 0) {
                Py_DECREF(out);
                return NULL;
            }
        }
    }
    if ((mask & READ_FI) && (sep_dash || sep_plus)) {
        /* fi_hetu.info of DDMMYY-NNNC / DDMMYY+NNNC: a digit check character. */
        int year = (sep_plus ? 1800 : 1900) + third;
        int serial = (d[6] - '0') * 100 + (d[7] - '0') * 10 + (d[8] - '0');
        if (calendar_date(year, month, first) && serial >= 2 && hetu_check_ok(d) &&
            ymd(year, month, first) <= self->today) {
            PyObject *subtype = serial >= 900 ? s_temporary : NULL;
            double value = subtype != NULL ? sc[S_FI_TEMPORARY] : sc[S_FI_VALID];
            if (sc[S_FI_DIGIT_FORM] < value) {
                value = sc[S_FI_DIGIT_FORM]; /* the shape of a CPR/personnummer: 1 in 31 passes */
            }
            char buf[11];
            memcpy(buf, d, 6);
            buf[6] = sep_plus ? '+' : '-';
            memcpy(buf + 7, d + 6, 4);
            PyObject *normalized = PyUnicode_FromStringAndSize(buf, 11);
            if (normalized == NULL ||
                add_reading(out, s_fi, normalized, year, month, first, subtype, s_valid, value) < 0) {
                Py_DECREF(out);
                return NULL;
            }
        }
    }
    return out;
}

static PyMethodDef tenreader_methods[] = {
    {"read", (PyCFunction)(void (*)(void))tenreader_read, METH_FASTCALL,
     "read(digits, sep, mask) -> [(entity, normalized, born, subtype, checksum, score)] | None."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject TenReaderType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "pii_scanner_native.TenReader",
    .tp_basicsize = sizeof(TenReaderObject),
    .tp_dealloc = (destructor)tenreader_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "TenReader(today, exempt, scores): the readings of ten-digit candidates under one set of rules.",
    .tp_methods = tenreader_methods,
    .tp_new = tenreader_new,
};

static int
intern(PyObject **slot, const char *text)
{
    if (*slot == NULL) {
        *slot = PyUnicode_InternFromString(text);
    }
    return *slot == NULL ? -1 : 0;
}

int
readings_init(PyObject *module)
{
    PyDateTime_IMPORT;
    if (PyDateTimeAPI == NULL) {
        return -1;
    }
    if (intern(&s_dk, "DK_CPR") < 0 || intern(&s_se, "SE_PERSONNUMMER") < 0 || intern(&s_is, "IS_KENNITALA") < 0 ||
        intern(&s_fi, "FI_PERSONAL_IDENTITY_CODE") < 0 || intern(&s_valid, "valid") < 0 ||
        intern(&s_invalid, "invalid") < 0 || intern(&s_exempt, "exempt") < 0 ||
        intern(&s_replacement, "replacement") < 0 || intern(&s_samordning, "samordningsnummer") < 0 ||
        intern(&s_company, "company") < 0 || intern(&s_temporary, "temporary") < 0) {
        return -1;
    }
    if (PyType_Ready(&TenReaderType) < 0) {
        return -1;
    }
    Py_INCREF(&TenReaderType);
    if (PyModule_AddObject(module, "TenReader", (PyObject *)&TenReaderType) < 0) {
        Py_DECREF(&TenReaderType);
        return -1;
    }
    return 0;
}
