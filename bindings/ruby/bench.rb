# frozen_string_literal: true

# Per-call cost of the Ruby binding's calls against a plain Hash lookup,
# with the targets: a call served from the layer's tables within 2x of the
# native lookup, find within 4x of the layer's own from_name. Each call is
# written into its timing loop as the program would write it. Not a test:
# run it by hand with the build directory's environment (see README):
#   RUBYLIB=bindings/ruby/lib:build/bindings/ruby ruby bindings/ruby/bench.rb
require "httpstatus"

core = HTTPStatus.const_get(:Core) # the raw extension, kept private by the layer
# The keys and the native Hashes, all taken from the library's entries:
# every code and NAME, every phrase as typed in lower case, every code with
# unofficial meanings, every unofficial phrase in lower case, and every
# phrase with one letter dropped (a typo for suggest).
entries = HTTPStatus.to_a
codes = entries.map(&:code)
names = entries.map(&:name)
phrases = entries.map(&:phrase)
lower_phrases = phrases.map(&:downcase)
typos = phrases.map { |p| (p[0, (p.size / 2) - 1] + p[p.size / 2..]).downcase }
unofficial_codes = HTTPStatus.each_unofficial.map(&:code).uniq
unofficial_phrases = HTTPStatus.each_unofficial.map { |e| e.phrase.downcase }
phrase_by_code = entries.to_h { |e| [e.code, e.phrase] }
phrase_by_name = entries.to_h { |e| [e.name, e.phrase] }
code_by_phrase = entries.to_h { |e| [e.phrase, e.code] }

# A native lookup behind a module method, as HTTPStatus.from_code is.
module Native
  def self.phrase(code) = PHRASE_BY_CODE[code]
end
Native.const_set(:PHRASE_BY_CODE, phrase_by_code)

CALLS = 1_000_000 # calls per measurement
RUNS = 7          # interleaved runs; the median is reported

# A timing loop with the expression written into it, so that a native
# lookup costs what it costs inline; `k` is the key. Returns seconds per
# key.
def timer(expression, context)
  context.eval(<<~RUBY, "(#{expression})")
    lambda do |keys, passes|
      start = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
      passes.times { keys.each { |k| #{expression} } }
      (Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - start) / (passes * keys.size)
    end
  RUBY
end

# label (the expression), keys, the row it is compared with, the largest
# ratio allowed (nil: the ratio is shown, no target), and for a call the
# native lookup it stands for. A call costs a method call however little it
# does (Native.phrase(k) against phrase_by_code[k]), so a call is held to a
# native lookup behind the same call, Native.phrase(k).
rows = [
  ["phrase_by_code[k]", codes],
  ["phrase_by_name[k]", names],
  ["code_by_phrase[k]", phrases],
  ["Native.phrase(k)", codes, 0],
  ["HTTPStatus.from_code(k)", codes, 3, 2, 0],
  ["HTTPStatus[k]", codes, 3, 2, 0],
  ["HTTPStatus.from_name(k)", names, 3, 2, 1],
  ["HTTPStatus.from_phrase(k)", phrases, 3, 2, 2],
  ["HTTPStatus.class_of(k)", codes, 3, 2, 0],
  ["HTTPStatus.unofficial(k)", unofficial_codes, 3, 2, 0],
  ["k.retryable?", entries, 3, 2, 0],
  ["k.status_class", entries, 3, 2, 0],
  ["HTTPStatus.find(k)", lower_phrases, 6, 4],
  ["HTTPStatus.find(k)", names, 6, 4],
  ["HTTPStatus.unofficial_find(k)", unofficial_phrases, 6],
  ["HTTPStatus.suggest(k)", typos, 6],
  ["core.httpstatus_from_code(k)", codes, 3, nil, 0],
  ["core.httpstatus_find(k)", lower_phrases, 6]
]
key_names = {
  codes => "codes", names => "NAMEs", phrases => "phrases", lower_phrases => "lower-case phrases",
  unofficial_codes => "unofficial codes", entries => "entries",
  unofficial_phrases => "unofficial phrases", typos => "typos"
}.compare_by_identity

empty = timer("k", binding)
timers = rows.map { |label, *| timer(label, binding) }
per_call = lambda do |r|
  keys = rows[r][1]
  passes = CALLS / keys.size
  timers[r].call(keys, passes) - empty.call(keys, passes)
end

samples = rows.map { [] }
RUNS.times do
  rows.each_index { |r| samples[r] << per_call.call(r) }
end
median = samples.map { |s| s.sort[RUNS / 2] * 1e9 }

puts "ruby #{RUBY_VERSION}, #{codes.size} codes, #{unofficial_phrases.size} unofficial meanings; " \
     "ns per call, median of #{RUNS} interleaved runs, empty loop subtracted"
printf("%-32s %-18s %7s  %-24s %6s  %-13s %s\n", "call", "k over", "ns", "compared with", "ratio", "target",
       "native lookup")
rows.each_with_index do |(label, keys, base, limit, native), r|
  line = format("%-32s %-18s %7.1f", label, key_names[keys], median[r])
  if base
    ratio = median[r] / median[base]
    line += format("  %-24s %5.1fx", rows[base][0], ratio)
    verdict = ""
    verdict = format("<= %gx %s", limit, ratio <= limit ? "PASS" : "MISS") if limit
    line += format("  %-13s", verdict)
  end
  line += format(" %.1fx %s", median[r] / median[native], rows[native][0]) if native
  puts line
end
