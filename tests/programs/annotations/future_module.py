# The __future__ module describes the features.
import __future__
print(__future__.annotations.mandatory)  # expect: None
print(__future__.division)  # expect: _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072)
print(__future__.all_feature_names[-1])  # expect: annotations
print(__future__.CO_FUTURE_ANNOTATIONS)  # expect: 16777216
