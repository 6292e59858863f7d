# title: Names are references
# summary: A name refers to an object, and two names can refer to the same object.
# detail: full
#: Running the list display creates a new list object. The assignment binds the name scores to it: the name holds a reference to the list, not the list itself.
scores = [90, 85]
#: Assigning one name to another copies the reference, not the list. best now refers to the same object, so the list's refcount goes from 1 to 2.
best = scores
#: id() returns an object's identity, a number that stays the same for the object's whole life. Both names give the same id because there is only one list.
print(id(scores) == id(best))  # expect: True
#: x is y asks the same question in a shorter way: do x and y refer to the same object?
print(scores is best)  # expect: True
#: References do not only live in names. A list's items are references too: both items of team refer to the scores list, which now has 4 references (scores, best, team[0], team[1]).
team = [scores, scores]
print(team[0] is scores)  # expect: True
#: Rebinding best makes it refer to a new list. The old list loses one reference (refcount 3), and scores still refers to it, unchanged.
best = [100]
print(scores is best)  # expect: False
print(team)  # expect: [[90, 85], [90, 85]]
