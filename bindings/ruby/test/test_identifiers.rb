# frozen_string_literal: true

# What ecosystems call each code, the links and the status line, checked
# against the C library through the raw extension, for every entry, every
# unofficial meaning and every ecosystem; and Rack's symbols, current and
# obsolete, through HTTPStatus[] and fetch.
require "minitest/autorun"
require "httpstatus"

class TestIdentifiers < Minitest::Test
  CORE = HTTPStatus.const_get(:Core)

  # Every raw entry of the C library, registered then unofficial, beside
  # the layer's entry at the same position.
  def raw_and_layer
    [[:httpstatus_at, HTTPStatus.to_a], [:httpstatus_unofficial_at, HTTPStatus.each_unofficial.to_a]]
      .flat_map do |at, entries|
        raws = (0..).lazy.map { |i| CORE.public_send(at, i) }.take_while(&:itself).to_a
        assert_equal raws.size, entries.size
        raws.zip(entries)
      end
  end

  def c_identifiers(raw, eco)
    (0..).lazy.map { |i| CORE.httpstatus_identifier(raw, eco, i) }.take_while(&:itself).to_a
  end

  def test_ecosystems_are_the_c_librarys
    count = CORE.httpstatus_ecosystem_count
    assert_operator count, :>, 0
    expected = (0...count).to_h do |eco|
      [CORE.httpstatus_ecosystem_name(eco).to_sym, CORE.httpstatus_ecosystem_qualifier(eco)]
    end
    assert_equal expected.to_a, HTTPStatus.ecosystems.to_a # names, qualifiers and order
    assert_predicate HTTPStatus.ecosystems, :frozen?
    assert_equal "http.", HTTPStatus.ecosystems[:go]
  end

  def test_identifiers_are_the_c_librarys_for_every_entry_and_ecosystem
    listed = 0
    raw_and_layer.each do |raw, e|
      HTTPStatus.ecosystems.each_key.with_index do |ecosystem, eco|
        expected = c_identifiers(raw, eco)
        [ecosystem, ecosystem.name].each do |key|
          got = e.identifiers(key)
          assert_equal expected, got, "#{e} #{key.inspect}"
          assert_predicate got, :frozen?
          got.each do |id|
            assert_predicate id, :frozen?
            assert_equal Encoding::UTF_8, id.encoding
          end
        end
        listed += expected.size
      end
    end
    assert_operator listed, :>, 500
    assert_equal ["StatusNotFound"], HTTPStatus[404].identifiers(:go)
    assert_equal ["BANDWIDTH_LIMIT_EXCEEDED"], HTTPStatus.unofficial(509).first.identifiers(:spring)
    assert_empty HTTPStatus.unofficial(499).first.identifiers(:go)
  end

  def test_links_and_status_lines_are_the_c_librarys
    raw_and_layer.each do |raw, e|
      raw.spec_url.nil? ? assert_nil(e.spec_url) : assert_equal(raw.spec_url, e.spec_url)
      raw.mdn_url.nil? ? assert_nil(e.mdn_url) : assert_equal(raw.mdn_url, e.mdn_url)
      assert_equal CORE.httpstatus_status_line(raw), e.status_line
      assert_equal "HTTP/1.1 #{e.code} #{e.phrase}\r\n", e.status_line
      [e.spec_url, e.mdn_url, e.status_line].compact.each { |s| assert_predicate s, :frozen? }
    end
    assert_equal "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5", HTTPStatus[404].spec_url
    assert_nil HTTPStatus[305].mdn_url
  end

  def test_wrong_types_and_unknown_ecosystems_raise
    e = HTTPStatus[404]
    [nil, 0, 1.5, [:go], Object.new].each do |bad|
      error = assert_raises(TypeError) { e.identifiers(bad) }
      assert_match(/into String/, error.message)
    end
    ["", "Go", "go\0", "\xff".b, "x" * (1 << 20), :nope, :GO].each do |bad|
      error = assert_raises(ArgumentError) { e.identifiers(bad) }
      assert_match(/\Aunknown ecosystem .{1,43}; one of go, /m, error.message)
    end
    assert_raises(ArgumentError) { e.identifiers }
  end

  def test_rack_symbols_current_and_obsolete_find_their_entry
    checked = 0
    raw_and_layer.each do |_, e|
      e.identifiers(:rack).each do |symbol|
        symbol = symbol.to_sym
        assert_same e, HTTPStatus[symbol], symbol.inspect
        assert_same e, HTTPStatus.fetch(symbol), symbol.inspect
        assert_equal e.code, HTTPStatus.status_code(symbol)
        checked += 1
      end
    end
    assert_operator checked, :>, 60
    assert_equal 422, HTTPStatus[:unprocessable_entity].code
    assert_equal 413, HTTPStatus.fetch(:payload_too_large).code
    assert_equal :unofficial, HTTPStatus[:bandwidth_limit_exceeded].registry
    # What [] did before stays: codes, Strings of digits, nil for a miss.
    assert_same HTTPStatus[404], HTTPStatus["404"]
    assert_nil HTTPStatus[:no_such_status]
    assert_nil HTTPStatus[:NOT_FOUND] # a NAME, not one of Rack's symbols
    assert_nil HTTPStatus["not_found"] # a String is a code
    assert_raises(TypeError) { HTTPStatus[nil] }
  end

  def test_identifiers_work_inside_a_ractor
    Warning[:experimental] = false
    ractor = Ractor.new do
      entry = HTTPStatus[:unprocessable_entity]
      error = begin
        entry.identifiers("nope")
      rescue ArgumentError => e
        e.class
      end
      [entry.identifiers(:go), entry.identifiers("rack"), entry.status_line, HTTPStatus.ecosystems.size, error]
    end
    assert_equal [HTTPStatus[422].identifiers(:go), HTTPStatus[422].identifiers(:rack), HTTPStatus[422].status_line,
                  CORE.httpstatus_ecosystem_count, ArgumentError], ractor.take
  end
end
