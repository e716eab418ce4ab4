# frozen_string_literal: true

# The Ruby binding, checked against the C library's own data through the
# raw extension: nothing here lists codes, names or phrases by hand.
require "minitest/autorun"
require "httpstatus"

class TestHTTPStatus < Minitest::Test
  CORE = Httpstatus_core
  MIB = ("x" * (1024 * 1024)).freeze
  BAD_STRINGS = {
    "empty" => "",
    "embedded NUL" => "NOT_FOUND\0",
    "leading NUL" => "\0Not Found",
    "invalid UTF-8" => "\xff\xfe\xc3".b,
    "invalid UTF-8 tagged UTF-8" => (+"Not Found\xff").force_encoding(Encoding::UTF_8),
    "1 MiB" => MIB
  }.freeze
  TEXT_LOOKUPS = %i[from_name from_phrase find].freeze

  def aliases(at)
    (0..).lazy.map { |i| CORE.public_send(at, i) }.take_while(&:itself).to_a
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
      raw = CORE.httpstatus_at(i)
      assert_predicate e, :frozen?
      assert_equal raw.code, e.code
      assert_kind_of Integer, e.code
      %i[name phrase description spec].each do |field|
        value = e.public_send(field)
        assert_equal raw.public_send(field), value
        assert_equal Encoding::UTF_8, value.encoding
        assert_predicate value, :frozen?
        assert_predicate value, :valid_encoding?
      end
      assert_equal "#{e.code} #{e.phrase}", e.to_s
      assert_equal e.code, e.to_i
    end
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

  def test_old_names_resolve
    old_names = aliases(:httpstatus_old_name_at)
    refute_empty old_names
    old_names.each do |old|
      e = HTTPStatus.from_code(old.code)
      refute_equal e.name, old.text
      assert_same e, HTTPStatus.from_name(old.text)
      assert_same e, HTTPStatus.find(old.text)
      assert_equal old.code, HTTPStatus.const_get(old.text)
      assert_equal CORE.const_get("HTTPSTATUS_#{old.text}"), HTTPStatus.const_get(old.text)
    end
  end

  def test_old_phrases_resolve
    old_phrases = aliases(:httpstatus_old_phrase_at)
    refute_empty old_phrases
    old_phrases.each do |old|
      e = HTTPStatus.from_code(old.code)
      refute_equal e.phrase, old.text
      assert_same e, HTTPStatus.from_phrase(old.text)
      assert_same e, HTTPStatus.find(old.text)
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
    [2**63, -2**63, 2**63 - 1, 2**64 + 404, 2**32 + 404, -2**32 + 404, 2**31 + 404, 10**100].each do |n|
      assert_nil HTTPStatus.from_code(n), n.to_s
      assert_nil CORE.httpstatus_from_code(n), n.to_s
      assert_raises(KeyError) { HTTPStatus.fetch(n) }
    end
  end

  def test_wrong_types_raise_type_error
    [nil, 404.5, 404.0, "404", :NOT_FOUND, [404], Object.new].each do |bad|
      assert_raises(TypeError) { HTTPStatus.from_code(bad) }
      assert_raises(TypeError) { HTTPStatus[bad] }
      assert_raises(TypeError) { CORE.httpstatus_from_code(bad) }
    end
    [nil, 404, 404.5, :NOT_FOUND, ["NOT_FOUND"]].each do |bad|
      TEXT_LOOKUPS.each do |f|
        assert_raises(TypeError) { HTTPStatus.public_send(f, bad) }
        assert_raises(TypeError) { CORE.public_send(:"httpstatus_#{f}", bad) }
      end
    end
    [nil, 404.5, [404]].each do |bad|
      assert_raises(TypeError) { HTTPStatus.fetch(bad) }
    end
    assert_match(/Integer/, assert_raises(TypeError) { HTTPStatus.from_code("404") }.message)
  end

  def test_empty_nul_non_utf8_and_huge_strings_find_nothing
    BAD_STRINGS.each do |what, text|
      TEXT_LOOKUPS.each do |f|
        assert_nil HTTPStatus.public_send(f, text), "#{f} of #{what}"
        assert_nil CORE.public_send(:"httpstatus_#{f}", text), "#{f} of #{what}"
      end
      error = assert_raises(KeyError) { HTTPStatus.fetch(text) }
      assert_operator error.message.length, :<, 200, what
    end
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
