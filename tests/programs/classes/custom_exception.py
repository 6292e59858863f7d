class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f'need {needed} more')
        self.needed = needed
e = InsufficientFunds(5)
print(e, repr(e), e.args, e.needed, isinstance(e, Exception))
class AppError(Exception):
    pass
class DbError(AppError):
    pass
print(issubclass(DbError, Exception), DbError.__mro__)
raise DbError('connection lost')
# expect: need 5 more InsufficientFunds('need 5 more') ('need 5 more',) 5 True
# expect: True (<class '__main__.DbError'>, <class '__main__.AppError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect-error: DbError: connection lost
