# ns per lookup against the number of keys, one panel per workload.
#   gnuplot -e "dir='<dir with chart.dat>'" chart.gp   writes dir/scaling.svg
# chart.dat: one block per strategy (its name, then "n hits hot misses" lines).
set terminal svg size 1400,450 dynamic enhanced font "sans,11" background "white"
set output dir."/scaling.svg"
set logscale xy 2
set format y "%g"
set grid xtics ytics
set xlabel "keys (n)"
set ylabel "ns per lookup (median)"
set key top left font ",9"
set multiplot layout 1,3 title "Lookup time against the number of keys (log scales)"
array panel[3] = ["shuffled hits", "hot key", "misses"]
do for [col=2:4] {
  set title panel[col - 1]
  plot for [i=0:3] dir."/chart.dat" index i using 1:col with linespoints title columnheader(1)
}
unset multiplot
