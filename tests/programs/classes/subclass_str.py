# A class deriving from str: its instances are strs with the class's
# methods and a __dict__; str's operations give plain strs.
import sys


class Name(str):
    def shout(self):
        return self.upper() + '!'

    def initials(self):
        return ''.join(word[0] for word in self.split())


n = Name('ada lovelace')
print(n, repr(n), len(n), type(n).__name__, isinstance(n, str), n.shout(), n.initials())  # expect: ada lovelace 'ada lovelace' 12 Name True ADA LOVELACE! al
print(n + '?', type(n + '?').__name__, type(n.upper()).__name__, type(n[0]).__name__)  # expect: ada lovelace? str str str
print(n == 'ada lovelace', 'ada lovelace' == n, hash(n) == hash('ada lovelace'), n < 'b')  # expect: True True True True
print({n: 1}['ada lovelace'], {'ada lovelace': 2}[n], 'love' in n, n.startswith('ada'))  # expect: 1 2 True True
print(str(n), type(str(n)).__name__, f'{n}', type(f'{n}').__name__, f'{n:>14}|', '%s' % n)  # expect: ada lovelace str ada lovelace str   ada lovelace| ada lovelace
print(n.split(), n.title(), n * 2, type(n * 2).__name__, n[4:], type(n[4:]).__name__)  # expect: ['ada', 'lovelace'] Ada Lovelace ada lovelaceada lovelace str lovelace str
n.note = 'first programmer'
print(n.note, n.__dict__, [c for c in Name('ab')], '-'.join(Name('xyz')))  # expect: first programmer {'note': 'first programmer'} ['a', 'b'] x-y-z
print(int(Name('42')) + 1, float(Name('2.5')), getattr(n, Name('note')), ord(Name('A')))  # expect: 43 2.5 first programmer 65
print(sys.getsizeof(Name('')), sys.getsizeof(Name('abc')), sys.getsizeof(Name('é')))  # expect: 113 116 114
print(sys.getsizeof(Name('€uro')), sys.getsizeof(Name('\U0001F600')), sys.getsizeof(n))  # expect: 122 120 125


class Title(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().title())


t = Title('  grace hopper ')
print(t, repr(t), type(t).__name__, len(t), Name(42), Name(), repr(Name()))  # expect: Grace Hopper 'Grace Hopper' Title 12 42  ''
print(Name(t), type(Name(t)).__name__, t.lower(), Name('x') == 'x')  # expect: Grace Hopper Name grace hopper True
