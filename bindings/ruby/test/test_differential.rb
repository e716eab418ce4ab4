# frozen_string_literal: true

# The layer against the raw extension it wraps, over random input: random
# bytes, mutated NAMEs and phrases, status lines, and huge and negative
# codes. Every lookup must give what the C library gives for the same
# value. The seed is printed; HTTPSTATUS_SEED=N replays a run, and
# HTTPSTATUS_ROUNDS sets how many texts and codes it tries (100,000 each).
require "minitest/autorun"
require "httpstatus"

class TestDifferential < Minitest::Test
  CORE = HTTPStatus.const_get(:Core)
  SEED = Integer(ENV.fetch("HTTPSTATUS_SEED", Random.new_seed % (2**32)))
  ROUNDS = Integer(ENV.fetch("HTTPSTATUS_ROUNDS", 100_000))
  puts "differential: seed #{SEED} (replay with HTTPSTATUS_SEED=#{SEED})"

  SEPARATORS = [" ", "_", "-", "'", "\t", "\n", "\0", "\x80".b].freeze
  TEXT_LOOKUPS = %i[from_name from_phrase find suggest unofficial_find].freeze

  def setup
    @random = Random.new(SEED)
  end

  # Every text the C library knows, read through the raw extension.
  def texts
    @texts ||= [[:httpstatus_at, %i[name phrase]], [:httpstatus_unofficial_at, %i[name phrase]],
                [:httpstatus_old_name_at, %i[text]], [:httpstatus_old_phrase_at, %i[text]]]
               .flat_map do |at, fields|
                 (0..).lazy.map { |i| CORE.public_send(at, i) }.take_while(&:itself)
                      .flat_map { |raw| fields.map { |f| raw.public_send(f).b } }.to_a
               end
  end

  def random_byte = @random.rand(256).chr

  # A text of the data with a few random edits, or random bytes.
  def random_text
    kind = @random.rand(4)
    return Array.new(@random.rand(13)) { random_byte }.join.b if kind.zero?

    s = texts.sample(random: @random).dup
    code = @random.rand(99..600).to_s
    s = code + SEPARATORS.sample(random: @random) + s if kind == 1
    s = "HTTP/1.1 #{code}#{@random.rand(2).zero? ? "" : " #{s}"}".b if kind == 2
    @random.rand(4).times do
      at = @random.rand(s.bytesize + 1)
      case @random.rand(4)
      when 0 then s[at] = s[at].swapcase if at < s.bytesize
      when 1 then s.slice!(at)
      when 2 then s.insert(at, SEPARATORS.sample(random: @random))
      else s.insert(at, random_byte)
      end
    end
    s
  end

  # A code near the registered ones, anywhere in 64 bits, or beyond.
  def random_code
    case @random.rand(4)
    when 0 then @random.rand(-10..1000)
    when 1 then @random.rand((-2**63)...(2**63))
    when 2 then [(2**63) - 1, -2**63, (2**64) + 404, -2**70, (2**32) + 404].sample(random: @random)
    else @random.rand(99..600)
    end
  end

  # What an entry or raw struct says, enough to tell every entry apart.
  def answer(entry) = entry && "#{entry.code} #{entry.name}"

  def test_random_and_mutated_text
    tried = 0
    ROUNDS.times do
      s = random_text
      TEXT_LOOKUPS.each do |lookup|
        layer = answer(HTTPStatus.public_send(lookup, s))
        raw = answer(CORE.public_send(:"httpstatus_#{lookup}", s))
        next if layer == raw

        flunk "#{lookup}(#{s.inspect}): layer #{layer.inspect}, C #{raw.inspect} (seed #{SEED})"
      end
      tried += 1
    end
    assert_equal ROUNDS, tried
  end

  def test_huge_and_negative_codes
    ROUNDS.times do
      code = random_code
      layer = [answer(HTTPStatus.from_code(code)), answer(HTTPStatus.unofficial(code).first),
               HTTPStatus.class_of(code)]
      raw = [answer(CORE.httpstatus_from_code(code)), answer(CORE.httpstatus_unofficial_from_code(code)),
             CORE.httpstatus_class_name(CORE.httpstatus_class_of(code))&.to_sym]
      next if layer == raw

      flunk "code #{code}: layer #{layer.inspect}, C #{raw.inspect} (seed #{SEED})"
    end
    pass
  end
end
