print('never printed')
break
# expect-error: SyntaxError: 'break' outside loop
