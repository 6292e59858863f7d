# A %-format precision past a C int.
# hostile-exit: 1
# hostile-stderr: ValueError: precision too big
'%.2147483648f' % 1.5
