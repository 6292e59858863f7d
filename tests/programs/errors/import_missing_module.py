# A module python3 does not have either raises the real error, and an
# except ImportError branch catches it as it would under python3.
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e)  # expect: ModuleNotFoundError No module named 'no_such_module_anywhere'
import no_such_module_anywhere  # expect-error: ModuleNotFoundError: No module named 'no_such_module_anywhere'
