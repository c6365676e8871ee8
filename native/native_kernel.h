/*
 * Declarations shared by the C sources of pii_scanner_native: pii_scanner_native.c and every native_*.c
 * (native/setup.py compiles them into one module and hashes them and every native_*.h into SOURCE).
 */
#ifndef PII_SCANNER_KERNEL_H
#define PII_SCANNER_KERNEL_H

#include <Python.h>

/* Bits of ten_facts' mask: which readings of a ten-digit candidate pass the cheap checks. */
#define READ_DK 1
#define READ_SE 2
#define READ_IS 4
#define READ_FI 8

/* Check digits over ASCII digits ('0'-'9' only: callers check). */
static inline int
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

static inline int
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

static inline int
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

/* Adds TenReader to the module (native_readings.c). */
int readings_init(PyObject *module);

/* Adds LeadScanner to the module (native_leads.c). */
int leads_init(PyObject *module);

#endif
