# A grade book as a dict of student name -> list of scores.
grades = {
    "alice": [92, 88, 95],
    "bob": [75, 64, 80],
    "carol": [88, 91, 79],
}
grades["dave"] = []
grades["bob"].append(90)

def average(scores):
    return sum(scores) / len(scores) if scores else 0.0

def letter(avg):
    for cutoff, name in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return name
    return "F"

report = {}
for student, scores in grades.items():
    avg = average(scores)
    report[student] = (round(avg, 1), letter(avg))
for student in sorted(report):
    print(student, report[student])
best = max(report, key=lambda s: report[s][0])
print("best:", best)
by_letter = {}
for student, (avg, grade) in report.items():
    by_letter.setdefault(grade, []).append(student)
print(by_letter)
del grades["dave"]
print(list(grades), len(grades))
# expect: alice (91.7, 'A')
# expect: bob (77.2, 'C')
# expect: carol (86.0, 'B')
# expect: dave (0.0, 'F')
# expect: best: alice
# expect: {'A': ['alice'], 'C': ['bob'], 'B': ['carol'], 'F': ['dave']}
# expect: ['alice', 'bob', 'carol'] 3
