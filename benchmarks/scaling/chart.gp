# ns per lookup, build time and bytes per key against the number of keys.
#   gnuplot -e "dir='<dir with chart.dat>'; strategies=<blocks>" chart.gp
#   writes dir/scaling.svg
# chart.dat: one block per strategy (its name, then
# "n hits hot misses build_s bytes_per_key" lines).
set terminal svg size 1500,900 dynamic enhanced font "sans,11" background "white"
set output dir."/scaling.svg"
set logscale xy 2
set format y "%g"
set format x "%.0s%c"
set grid xtics ytics
set xlabel "keys (n)"
set key top left font ",9"
set multiplot layout 2,3 title "Lookups against the number of keys (log scales)"
array panel[5] = ["ns per lookup, shuffled hits", "ns per lookup, hot key", \
                  "ns per lookup, misses", "build seconds (gperf or library, and compile)", \
                  "code + data bytes per key"]
do for [col=2:6] {
  set title panel[col - 1]
  set ylabel panel[col - 1]
  plot for [i=0:strategies-1] dir."/chart.dat" index i using 1:col with linespoints \
       title columnheader(1)
}
unset multiplot
