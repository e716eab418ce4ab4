# frozen_string_literal: true

# The Ruby binding, checked against the C library's own data through the
# raw extension: nothing here lists codes, names or phrases by hand.
require "minitest/autorun"
require "httpstatus"
require_relative "test_tables"
require_relative "test_differential"
require_relative "test_idioms"
require_relative "test_identifiers"

class TestHTTPStatus < Minitest::Test
  CORE = HTTPStatus.const_get(:Core)
  MIB = ("x" * (1024 * 1024)).freeze
  BAD_STRINGS = {
    "empty" => "",
    "embedded NUL" => "NOT_FOUND\0",
    "leading NUL" => "\0Not Found",
    "invalid UTF-8" => "\xff\xfe\xc3".b,
    "invalid UTF-8 tagged UTF-8" => (+"Not Found\xff").force_encoding(Encoding::UTF_8),
    "1 MiB" => MIB
  }.freeze
  TEXT_LOOKUPS = %i[from_name from_phrase find unofficial_find suggest].freeze
  CODE_LOOKUPS = %i[from_code [] class_of unofficial].freeze

  def aliases(at)
    (0..).lazy.map { |i| CORE.public_send(at, i) }.take_while(&:itself).to_a
  end

  def meanings = aliases(:httpstatus_unofficial_at)

  # The names of the properties set in flags, as the C library names them.
  def flag_names(flags)
    (0..30).filter_map { |bit| CORE.httpstatus_flag_name(1 << bit)&.to_sym if flags.anybits?(1 << bit) }
  end

  # Every property the C library names.
  def property_names = (0..30).filter_map { |bit| CORE.httpstatus_flag_name(1 << bit)&.to_sym }

  def assert_copies_the_c_entry(raw, entry)
    assert_predicate entry, :frozen?
    assert_equal raw.code, entry.code
    assert_kind_of Integer, entry.code
    %i[name phrase description spec origin].each do |field|
      value = entry.public_send(field)
      assert_equal raw.public_send(field), value
      assert_equal Encoding::UTF_8, value.encoding
      assert_predicate value, :frozen?
      assert_predicate value, :valid_encoding?
    end
    assert_equal CORE.httpstatus_class_name(raw.status_class).to_sym, entry.status_class
    assert_equal CORE.httpstatus_registry_name(raw.registry).to_sym, entry.registry
    assert_equal flag_names(raw.flags), entry.properties
    assert_predicate entry.properties, :frozen?
    assert_equal "#{entry.code} #{entry.phrase}", entry.to_s
    assert_equal entry.code, entry.to_i
  end

  def test_count_and_order_match_the_c_library
    codes = HTTPStatus.map(&:code)
    assert_equal CORE.httpstatus_count, HTTPStatus.count
    assert_operator codes.size, :>, 0
    assert_equal codes.sort.uniq, codes
    assert_kind_of Enumerator, HTTPStatus.each
    assert_equal CORE.httpstatus_count, HTTPStatus.each.size
  end

  def test_entries_copy_the_c_table_as_frozen_utf8
    HTTPStatus.each_with_index do |e, i|
      assert_copies_the_c_entry(CORE.httpstatus_at(i), e)
      assert_equal "IANA", e.origin
    end
  end

  def test_property_predicates_follow_the_properties
    names = property_names
    refute_empty names
    seen = []
    (HTTPStatus.to_a + HTTPStatus.each_unofficial.to_a).each do |e|
      names.each do |name|
        assert_equal e.properties.include?(name), e.public_send(:"#{name}?"), "#{e} #{name}?"
      end
      seen |= e.properties
    end
    # Every property belongs to some entry, so each predicate was seen true.
    assert_equal names.sort, seen.sort
    assert_predicate HTTPStatus[503], :retryable?
  end

  def test_class_of_every_integer_as_the_c_library
    (-1000..1000).each do |code|
      assert_equal CORE.httpstatus_class_name(CORE.httpstatus_class_of(code))&.to_sym,
                   HTTPStatus.class_of(code), code.to_s
    end
    HTTPStatus.each { |e| assert_equal e.status_class, HTTPStatus.class_of(e.code) }
    assert_equal :client_error, HTTPStatus.class_of(499)
  end

  def test_unofficial_meanings_copy_the_c_table_in_order
    raws = meanings
    assert_equal CORE.httpstatus_unofficial_count, raws.size
    refute_empty raws
    assert_equal raws.size, HTTPStatus.each_unofficial.size
    HTTPStatus.each_unofficial.with_index do |e, i|
      assert_copies_the_c_entry(raws[i], e)
      assert_equal :unofficial, e.registry
      assert_empty e.properties
    end
  end

  def test_unofficial_meanings_by_code
    total = 0
    (100..599).each do |code|
      list = HTTPStatus.unofficial(code)
      assert_predicate list, :frozen?
      total += list.size
      first = CORE.httpstatus_unofficial_from_code(code)
      assert_equal first.nil?, list.empty?, code.to_s
      assert_equal first.name, list.first.name if first
      assert(list.all? { |e| e.code == code })
    end
    assert_equal meanings.size, total
    assert_operator HTTPStatus.unofficial(499).size, :>=, 2 # nginx's, then Esri's
    assert_raises(FrozenError) { HTTPStatus.unofficial(499) << HTTPStatus[404] }
    assert_raises(FrozenError) { HTTPStatus.unofficial(404) << HTTPStatus[404] }
  end

  def test_unofficial_find_every_meaning
    HTTPStatus.each_unofficial do |e|
      first = HTTPStatus.unofficial(e.code).first
      assert_same e, HTTPStatus.unofficial_find(e.name)
      assert_same e, HTTPStatus.unofficial_find(e.phrase.downcase)
      assert_same e, HTTPStatus.unofficial_find("#{e.code} #{e.phrase}")
      assert_same first, HTTPStatus.unofficial_find(e.code.to_s)
      assert_same first, HTTPStatus.unofficial_find("HTTP/1.1 #{e.code}")
      assert_nil HTTPStatus.find(e.code.to_s) unless CORE.httpstatus_from_code(e.code)
    end
    HTTPStatus.each do |e|
      assert_equal CORE.httpstatus_unofficial_find(e.phrase)&.name, HTTPStatus.unofficial_find(e.phrase)&.name
    end
  end

  def test_suggest_agrees_with_the_c_library_on_typos
    tried = found = 0
    HTTPStatus.each do |e|
      assert_same e, HTTPStatus.suggest(e.phrase.downcase)
      [e.phrase, e.name].each do |text|
        text.size.times do |cut|
          typo = text[0, cut] + text[cut + 1..]
          suggested = HTTPStatus.suggest(typo)
          assert_equal CORE.httpstatus_suggest(typo)&.code, suggested&.code, typo
          tried += 1
          found += 1 if suggested
        end
      end
    end
    assert_operator found, :>, tried / 2
    assert_same HTTPStatus[404], HTTPStatus.suggest("not fund")
    assert_same HTTPStatus[418], HTTPStatus.suggest("teapot")
    assert_nil HTTPStatus.suggest("xyz")
  end

  def test_find_with_a_block_is_enumerable_find
    assert_same(HTTPStatus.to_a.find { |e| e.code >= 500 }, HTTPStatus.find { |e| e.code >= 500 })
    assert_same(HTTPStatus[500], HTTPStatus.find { |e| e.code >= 500 })
    assert_nil(HTTPStatus.find { |e| e.code > 999 })
    assert_equal(:none, HTTPStatus.find(-> { :none }) { |e| e.code > 999 })
    assert_same(HTTPStatus[500], HTTPStatus.detect { |e| e.code >= 500 })
    error = assert_raises(ArgumentError) { HTTPStatus.find }
    assert_match(/String/, error.message)
  end

  def test_every_entry_round_trips_through_each_lookup
    HTTPStatus.each do |e|
      assert_same e, HTTPStatus.from_code(e.code)
      assert_same e, HTTPStatus[e.code]
      assert_same e, HTTPStatus.fetch(e.code)
      assert_same e, HTTPStatus.from_name(e.name)
      assert_same e, HTTPStatus.from_phrase(e.phrase)
      assert_same e, HTTPStatus.find(e.name)
      assert_same e, HTTPStatus.find(e.phrase)
      assert_same e, HTTPStatus.find(e.phrase.downcase)
      assert_same e, HTTPStatus.find(e.code.to_s)
      assert_same e, HTTPStatus.find(e.to_s)
      assert_same e, HTTPStatus.find("HTTP/1.1 #{e}")
      assert_same e, HTTPStatus.find("HTTP/2 #{e.code}")
      assert_same e, HTTPStatus.fetch(e.name.downcase.to_sym)
    end
  end

  def test_a_constant_for_every_name_equal_to_the_c_enum
    HTTPStatus.each do |e|
      assert_equal e.code, HTTPStatus.const_get(e.name)
      assert_equal CORE.const_get("HTTPSTATUS_#{e.name}"), HTTPStatus.const_get(e.name)
    end
    assert_equal 404, HTTPStatus::NOT_FOUND # the reference page's 404
  end

  # Each kind of alias the C library lists: the exact lookup that resolves
  # it, the field it differs from, and whether it is a constant too.
  ALIAS_KINDS = [
    { list: :httpstatus_old_name_at, exact: :from_name, field: :name, constant: true },
    { list: :httpstatus_old_phrase_at, exact: :from_phrase, field: :phrase, constant: false }
  ].freeze

  def test_old_names_and_phrases_resolve
    ALIAS_KINDS.each do |kind|
      old_texts = aliases(kind[:list])
      refute_empty old_texts
      old_texts.each do |old|
        e = HTTPStatus.from_code(old.code)
        refute_equal e.public_send(kind[:field]), old.text
        assert_same e, HTTPStatus.public_send(kind[:exact], old.text)
        assert_same e, HTTPStatus.find(old.text)
        next unless kind[:constant]

        assert_equal old.code, HTTPStatus.const_get(old.text)
        assert_equal CORE.const_get("HTTPSTATUS_#{old.text}"), HTTPStatus.const_get(old.text)
      end
    end
  end

  def test_exactly_one_class_predicate_the_first_digit
    predicates = %i[informational? success? redirection? client_error? server_error?]
    HTTPStatus.each do |e|
      predicates.each_with_index do |predicate, i|
        assert_equal e.code / 100 == i + 1, e.public_send(predicate), "#{e} #{predicate}"
      end
    end
  end

  def test_unknown_codes_give_nil
    [0, 1, 99, 306, 600, 999, -1, -404].each do |code|
      assert_nil HTTPStatus.from_code(code)
      assert_nil HTTPStatus[code]
      meanings = HTTPStatus.unofficial(code)
      assert_equal CORE.httpstatus_unofficial_from_code(code).nil?, meanings.empty?
      # fetch falls back on the first unofficial meaning (306's), then raises.
      next assert_same meanings.first, HTTPStatus.fetch(code) unless meanings.empty?

      error = assert_raises(HTTPStatus::UnknownStatusError) { HTTPStatus.fetch(code) }
      assert_kind_of KeyError, error
      assert_equal code, error.key
      assert_includes error.message, code.to_s
    end
  end

  def test_unknown_text_gives_nil
    TEXT_LOOKUPS.each { |f| assert_nil HTTPStatus.public_send(f, "no such status") }
    e = HTTPStatus.from_code(404)
    assert_nil HTTPStatus.from_name(e.name.downcase)
    assert_nil HTTPStatus.from_phrase(e.phrase.upcase)
    assert_nil HTTPStatus.from_name(e.phrase)
    assert_nil HTTPStatus.from_phrase(e.name)
    error = assert_raises(KeyError) { HTTPStatus.fetch("no such status") }
    assert_includes error.message, "no such status"
  end

  def test_huge_integers_never_wrap_around_to_a_code
    [2**63, -2**63, (2**63) - 1, (2**64) + 404, (2**32) + 404, -2**32 + 404, (2**31) + 404, 10**100,
     (2**32) + 499, -2**32 + 499].each do |n|
      assert_nil HTTPStatus.from_code(n), n.to_s
      assert_nil HTTPStatus.class_of(n), n.to_s
      assert_empty HTTPStatus.unofficial(n), n.to_s
      assert_nil CORE.httpstatus_from_code(n), n.to_s
      assert_nil CORE.httpstatus_unofficial_from_code(n), n.to_s
      assert_equal CORE::HTTPSTATUS_CLASS_NONE, CORE.httpstatus_class_of(n), n.to_s
      assert_raises(KeyError) { HTTPStatus.fetch(n) }
    end
  end

  def test_wrong_types_raise_type_error
    # The layer takes Strings of digits as codes and Symbols as text (and
    # [] Rack's symbols); the raw extension takes neither.
    [nil, 404.5, 404.0, :NOT_FOUND, [404], Object.new].each do |bad|
      CODE_LOOKUPS.each do |f|
        next if f == :[] && bad.is_a?(Symbol)

        assert_raises(TypeError) { HTTPStatus.public_send(f, bad) }
      end
    end
    [nil, 404.5, 404.0, "404", :NOT_FOUND, [404], Object.new].each do |bad|
      %i[from_code unofficial_from_code class_of].each do |f|
        assert_raises(TypeError) { CORE.public_send(:"httpstatus_#{f}", bad) }
      end
    end
    [nil, 404, 404.5, ["NOT_FOUND"]].each do |bad|
      TEXT_LOOKUPS.each { |f| assert_raises(TypeError) { HTTPStatus.public_send(f, bad) } }
    end
    [nil, 404, 404.5, :NOT_FOUND, ["NOT_FOUND"]].each do |bad|
      TEXT_LOOKUPS.each { |f| assert_raises(TypeError) { CORE.public_send(:"httpstatus_#{f}", bad) } }
      %i[find unofficial_find suggest].each do |f|
        assert_raises(TypeError) { CORE.public_send(:"httpstatus_#{f}_index", bad) }
      end
    end
    [nil, 404.5, [404]].each do |bad|
      assert_raises(TypeError) { HTTPStatus.fetch(bad) }
    end
    assert_match(/Integer/, assert_raises(TypeError) { HTTPStatus.from_code(nil) }.message)
    assert_match(/String/, assert_raises(TypeError) { HTTPStatus.find(nil) }.message)
  end

  def test_empty_nul_non_utf8_and_huge_strings_find_nothing
    BAD_STRINGS.each do |what, text|
      TEXT_LOOKUPS.each do |f|
        found = HTTPStatus.public_send(f, text)
        raw = CORE.public_send(:"httpstatus_#{f}", text)
        if f == :suggest
          # A near miss of a NAME ("NOT_FOUND" and a NUL byte) may be a typo.
          assert_equal raw&.code, found&.code, "#{f} of #{what}"
        else
          assert_nil found, "#{f} of #{what}"
          assert_nil raw, "#{f} of #{what}"
        end
      end
      error = assert_raises(KeyError) { HTTPStatus.fetch(text) }
      assert_operator error.message.length, :<, 200, what
    end
    assert_nil HTTPStatus.suggest(MIB)
    assert_nil HTTPStatus.suggest("")
  end

  def test_binary_strings_with_ascii_content_still_match
    e = HTTPStatus.from_code(404)
    assert_same e, HTTPStatus.from_name(e.name.b)
    assert_same e, HTTPStatus.from_phrase(e.phrase.b)
    assert_same e, HTTPStatus.find(e.phrase.b)
  end

  def test_frozen_module_tables
    assert_raises(FrozenError) { HTTPStatus.from_code(404).instance_variable_set(:@code, 200) }
    assert_equal 404, HTTPStatus.from_code(404).code
  end
end
