# frozen_string_literal: true

# Per-call cost of the Ruby binding's lookups against a plain Hash, and
# against calling the raw SWIG extension directly. Not a test: run it by
# hand with the build directory's environment (see README):
#   RUBYLIB=bindings/ruby/lib:build/bindings/ruby ruby bindings/ruby/bench.rb
require "httpstatus"

core = Httpstatus_core
# The keys, every code and every NAME, and the native Hashes, all taken
# from the library's entries.
codes = HTTPStatus.map(&:code)
names = HTTPStatus.map(&:name)
phrase_by_code = HTTPStatus.to_h { |e| [e.code, e.phrase] }
phrase_by_name = HTTPStatus.to_h { |e| [e.name, e.phrase] }

ROUNDS = 2_000_000 # calls per measurement
REPEATS = 5        # the best of these (CPU time) is reported

def seconds(keys, &block)
  passes = ROUNDS / keys.size
  (1..REPEATS).map do
    start = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
    passes.times { keys.each(&block) }
    Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - start
  end.min / (passes * keys.size)
end

# Nanoseconds per call of a lambda, less the cost of calling one that
# does nothing.
def per_call(keys, call)
  nothing = ->(k) { k }
  (seconds(keys) { |k| call.call(k) } - seconds(keys) { |k| nothing.call(k) }) * 1e9
end

rows = {
  "from_code: HTTPStatus.from_code(code)" => [codes, ->(c) { HTTPStatus.from_code(c) }],
  "from_code: HTTPStatus[code]" => [codes, ->(c) { HTTPStatus[c] }],
  "from_code: raw httpstatus_from_code(code)" => [codes, ->(c) { core.httpstatus_from_code(c) }],
  "from_code: raw call, then .phrase" => [codes, ->(c) { core.httpstatus_from_code(c).phrase }],
  "from_code: Hash h[code]" => [codes, ->(c) { phrase_by_code[c] }],
  "from_name: HTTPStatus.from_name(name)" => [names, ->(s) { HTTPStatus.from_name(s) }],
  "from_name: raw httpstatus_from_name(name)" => [names, ->(s) { core.httpstatus_from_name(s) }],
  "from_name: Hash h[name]" => [names, ->(s) { phrase_by_name[s] }],
  "find: HTTPStatus.find(name)" => [names, ->(s) { HTTPStatus.find(s) }]
}
puts "ruby #{RUBY_VERSION}, #{codes.size} keys, ns per call (best of #{REPEATS}, an empty call subtracted)"
rows.each do |label, (keys, call)|
  printf("%-44s %8.1f\n", label, per_call(keys, call))
end
