# frozen_string_literal: true

# Per-call cost of the Ruby binding's calls against a plain Hash, with the
# targets each must meet: a lookup served from the layer's tables within 2x
# of a Hash lookup, find within 4x of the layer's own from_name. Not a
# test: run it by hand with the build directory's environment (see README):
#   RUBYLIB=bindings/ruby/lib:build/bindings/ruby ruby bindings/ruby/bench.rb
require "httpstatus"

core = Httpstatus_core
# The keys and the native Hashes, all taken from the library's entries:
# every code and NAME, every phrase as typed in lower case, every code with
# unofficial meanings, every unofficial phrase in lower case, and every
# phrase with one letter dropped (a typo for suggest).
entries = HTTPStatus.to_a
codes = entries.map(&:code)
names = entries.map(&:name)
phrases = entries.map(&:phrase)
lower_phrases = phrases.map(&:downcase)
typos = phrases.map { |p| (p[0, p.size / 2 - 1] + p[p.size / 2..]).downcase }
unofficial_codes = HTTPStatus.each_unofficial.map(&:code).uniq
unofficial_phrases = HTTPStatus.each_unofficial.map { |e| e.phrase.downcase }
phrase_by_code = entries.to_h { |e| [e.code, e.phrase] }
phrase_by_name = entries.to_h { |e| [e.name, e.phrase] }
code_by_phrase = entries.to_h { |e| [e.phrase, e.code] }

CALLS = 1_000_000 # calls per measurement
RUNS = 7          # interleaved runs; the median is reported

def seconds(keys, &block)
  passes = CALLS / keys.size
  start = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
  passes.times { keys.each(&block) }
  (Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - start) / (passes * keys.size)
end

# Seconds per call of a lambda, less the cost of calling one that does
# nothing.
def per_call(keys, call)
  nothing = ->(k) { k }
  seconds(keys) { |k| call.call(k) } - seconds(keys) { |k| nothing.call(k) }
end

# label, keys, call, the row it is compared with, the largest ratio allowed
# (nil: the ratio is shown, no target)
rows = [
  ["native: Hash h[code]", codes, ->(c) { phrase_by_code[c] }],
  ["native: Hash h[name]", names, ->(s) { phrase_by_name[s] }],
  ["native: Hash h[phrase]", phrases, ->(s) { code_by_phrase[s] }],
  ["from_code(code)", codes, ->(c) { HTTPStatus.from_code(c) }, 0, 2],
  ["HTTPStatus[code]", codes, ->(c) { HTTPStatus[c] }, 0, 2],
  ["from_name(name)", names, ->(s) { HTTPStatus.from_name(s) }, 1, 2],
  ["from_phrase(phrase)", phrases, ->(s) { HTTPStatus.from_phrase(s) }, 2, 2],
  ["class_of(code)", codes, ->(c) { HTTPStatus.class_of(c) }, 0, 2],
  ["unofficial(code)", unofficial_codes, ->(c) { HTTPStatus.unofficial(c) }, 0, 2],
  ["e.retryable?", entries, ->(e) { e.retryable? }, 0, 2],
  ["e.status_class", entries, ->(e) { e.status_class }, 0, 2],
  ["find(lower-case phrase)", lower_phrases, ->(s) { HTTPStatus.find(s) }, 5, 4],
  ["find(NAME)", names, ->(s) { HTTPStatus.find(s) }, 5, 4],
  ["unofficial_find(lower-case phrase)", unofficial_phrases, ->(s) { HTTPStatus.unofficial_find(s) }, 5],
  ["suggest(typo)", typos, ->(s) { HTTPStatus.suggest(s) }, 5],
  ["raw SWIG httpstatus_from_code(code)", codes, ->(c) { core.httpstatus_from_code(c) }, 0],
  ["raw SWIG httpstatus_find(phrase)", lower_phrases, ->(s) { core.httpstatus_find(s) }, 5]
]

samples = rows.map { [] }
RUNS.times do
  rows.each_with_index { |(_, keys, call), r| samples[r] << per_call(keys, call) }
end
median = samples.map { |s| s.sort[RUNS / 2] * 1e9 }

puts "ruby #{RUBY_VERSION}, #{codes.size} codes, #{unofficial_phrases.size} unofficial meanings; " \
     "ns per call, median of #{RUNS} interleaved runs, an empty call subtracted"
printf("%-36s %8s  %-24s %6s  %s\n", "call", "ns", "compared with", "ratio", "target")
rows.each_with_index do |(label, _, _, base, limit), r|
  line = format("%-36s %8.1f", label, median[r])
  if base
    ratio = median[r] / median[base]
    line += format("  %-24s %5.1fx", rows[base][0], ratio)
    line += format("  <= %gx %s", limit, ratio <= limit ? "PASS" : "MISS") if limit
  end
  puts line
end
