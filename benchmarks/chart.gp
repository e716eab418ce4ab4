# ns per lookup by strategy and workload, one panel per kind of lookup.
#   gnuplot -e "dir='<dir with chart_*.dat>'" chart.gp   writes dir/results.svg
set terminal svg size 1400,1500 dynamic enhanced font "sans,11" background "white"
set output dir."/results.svg"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set logscale y
set yrange [1:*]
set grid ytics
set ylabel "ns per lookup (median, log scale)"
set xtics rotate by -30 scale 0 font ",9"
set key top left horizontal font ",9"
set offsets 0, 0, graph 0.2, 0 # room for the key above the bars
set multiplot layout 3,2 title "httpstatus lookups: ns per lookup by strategy and workload"
do for [kind in "code name phrase find unofficial suggest"] {
  set title kind." lookups"
  plot for [col=2:7] dir."/chart_".kind.".dat" using col:xticlabels(1) title columnheader(col)
}
unset multiplot
