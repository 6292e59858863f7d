/* tests/unit/check_jsonnum.c - whether a text is one JSON number
 * (src/base/jsonnum.c): RFC 8259's grammar, exactly, since a float repr it
 * accepts is written into a JSON trace as it is. */
#include "testutil.h"

#include "base/jsonnum.h"

START_TEST(numbers)
{
    static const char *const yes[] = {
        "0", "-0", "7", "-7", "10", "123456789", "0.0", "-0.0", "3.14", "0.001",
        "1e5", "1E5", "1e+5", "1e-5", "-2.5e-308", "1.7976931348623157e+308", "0e0",
        "10.50E+010",
    };
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        ck_assert_msg(rv_jsonnum_check(yes[i]), "%s is a JSON number", yes[i]);
}
END_TEST

/* Python's float reprs that are not JSON, and near misses of each part. */
START_TEST(not_numbers)
{
    static const char *const no[] = {
        "", "-", "+1", "01", "-01", "00", "1.", ".5", "-.5", "1.e5", "1e", "1e+", "1e-",
        "e5", "inf", "-inf", "nan", "Infinity", "NaN", " 1", "1 ", "1,5", "0x10", "1_000",
        "1.5.5", "1e5e5", "1e5.5", "--1", "- 1", "1j", "30.type0",
    };
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        ck_assert_msg(!rv_jsonnum_check(no[i]), "%s is not a JSON number", no[i]);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("jsonnum");
    TCase *tc = tcase_create("numbers");
    tcase_add_test(tc, numbers);
    suite_add_tcase(s, tc);
    tc = tcase_create("not numbers");
    tcase_add_test(tc, not_numbers);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return rv_test_run(suite());
}
