# 40 REFVIZ_LESSON_PATH entries: all searched, the built-in lessons still
# listed after them.
# hostile-args: lesson list
# hostile-setup: mkdir L && printf '# title: Mine\n# summary: s\nx = 1\n' > L/mine.py
# hostile-env: REFVIZ_LESSON_PATH=/n1:/n2:/n3:/n4:/n5:/n6:/n7:/n8:/n9:/n10:/n11:/n12:/n13:/n14:/n15:/n16:/n17:/n18:/n19:/n20:/n21:/n22:/n23:/n24:/n25:/n26:/n27:/n28:/n29:/n30:/n31:/n32:/n33:/n34:/n35:/n36:/n37:/n38:/n39:$TMP/L
# hostile-exit: 0
# hostile-stdout: mine                     Mine
# hostile-stdout: shallow-copy             Shallow copy
