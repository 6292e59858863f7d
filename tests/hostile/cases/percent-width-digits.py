# A %-format width with too many digits.
# hostile-exit: 1
# hostile-stderr: ValueError: width too big
'%1000000000000000000000d' % 1
