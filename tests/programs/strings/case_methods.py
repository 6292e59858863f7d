# Case conversion returns new strings.
s = 'Hello World'
print(s.upper())  # expect: HELLO WORLD
print(s.lower())  # expect: hello world
print(s.swapcase())  # expect: hELLO wORLD
print('hello world'.title())  # expect: Hello World
print("they're bill's".title())  # expect: They'Re Bill'S
print('hELLO wORLD'.capitalize())  # expect: Hello world
print('ß'.upper(), 'Straße'.casefold())  # expect: SS strasse
print(s)  # expect: Hello World
