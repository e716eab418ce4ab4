# frozen_string_literal: true

# The binding as Ruby code uses it: entries as values (sorting, Hash keys,
# pattern matching, JSON), Rack's symbols, Net::HTTP's String codes, a
# Ractor, and a require that adds HTTPStatus and nothing else.
require "minitest/autorun"
require "json"
require "net/http"
require "open3"
require "rbconfig"
require "rack/utils"
require "httpstatus"

class TestIdioms < Minitest::Test
  def test_entries_sort_compare_and_pick_by_code
    shuffled = HTTPStatus.to_a.shuffle(random: Random.new(1))
    assert_equal HTTPStatus.map(&:code), shuffled.sort.map(&:code)
    assert_equal HTTPStatus.max_by(&:code), shuffled.max
    assert_equal HTTPStatus[100], shuffled.min
    assert_operator HTTPStatus[404], :<, HTTPStatus[500]
    assert HTTPStatus[404].between?(HTTPStatus[400], HTTPStatus[499] || HTTPStatus[451])
    assert_raises(ArgumentError) { HTTPStatus[404] < 500 }
  end

  def test_equality_and_hash_follow_what_identifies_an_entry
    nginx, esri = HTTPStatus.unofficial(499)
    assert_equal 0, nginx <=> esri # the same code sorts together
    refute_equal nginx, esri # but two meanings are two values
    refute nginx.eql?(esri)
    assert_equal HTTPStatus[404], HTTPStatus.find("not found")
    assert_equal HTTPStatus[404].hash, HTTPStatus.fetch(:not_found).hash
    refute_equal HTTPStatus[404], 404 # documented: compare e.code or e.to_i
    counts = HTTPStatus.unofficial(499).tally
    assert_equal 2, counts.size
    assert_equal 1, [HTTPStatus[404], HTTPStatus["404"], HTTPStatus.find(:not_found)].uniq.size
  end

  def test_pattern_matching_on_the_fields
    verdicts = [200, 301, 404, 503].map do |code|
      case HTTPStatus[code]
      in { status_class: :server_error, properties: } if properties.include?(:retryable) then :retry
      in { code: 400.. } then :fail
      in { code: 300..399, symbol: } then symbol
      in { code: } then code
      end
    end
    assert_equal [200, :moved_permanently, :fail, :retry], verdicts
    assert_equal({ code: 404, phrase: "Not Found" }, HTTPStatus[404].deconstruct_keys(%i[code phrase]))
  end

  def test_to_h_as_json_and_to_json_give_the_fields
    HTTPStatus.each.chain(HTTPStatus.each_unofficial).each do |e|
      h = e.to_h
      assert_equal HTTPStatus::Entry::FIELDS, h.keys
      h.each { |field, value| assert_same e.public_send(field), value }
      parsed = JSON.parse(e.to_json)
      assert_equal e.as_json, parsed
      assert_equal [e.code, e.phrase, e.status_class.to_s], parsed.values_at("code", "phrase", "status_class")
      assert_equal e.properties.map(&:to_s), parsed["properties"]
    end
    assert_equal 2, JSON.parse(JSON.generate(HTTPStatus.unofficial(499))).size
  end

  def test_rack_symbols
    # Rack's own table gives each of its phrases a symbol; where the phrase
    # is the entry's, the symbols agree.
    agreed = Rack::Utils::HTTP_STATUS_CODES.count do |code, message|
      e = HTTPStatus[code]
      next false unless e&.phrase == message

      assert_equal Rack::Utils.status_code(e.symbol), e.code, message
      assert_equal Rack::Utils::SYMBOL_TO_STATUS_CODE.key(code), e.symbol
      assert_equal code, HTTPStatus.status_code(e.symbol)
      assert_same e, HTTPStatus.find(e.symbol)
      true
    end
    assert_operator agreed, :>, 40
    assert_equal 404, HTTPStatus.status_code(:not_found)
    assert_equal 404, HTTPStatus.status_code(404)
    assert_raises(HTTPStatus::UnknownStatusError) { HTTPStatus.status_code(:no_such_status) }
    assert_same HTTPStatus[404], HTTPStatus.from_name(:NOT_FOUND)
  end

  def test_net_http_string_codes
    Net::HTTPResponse::CODE_TO_OBJ.each do |code, klass|
      response = klass.new("1.1", code, "")
      e = HTTPStatus[response.code]
      next assert_nil(HTTPStatus[Integer(code)]) unless e

      assert_equal Integer(code), e.code
      assert_same e, HTTPStatus.fetch(response.code)
    end
    assert_nil HTTPStatus["4O4"]
    assert_nil HTTPStatus[""]
    assert_same HTTPStatus.unofficial(499).first, HTTPStatus.fetch("499")
    assert_equal :client_error, HTTPStatus.class_of("499")
  end

  def test_lookups_work_inside_a_ractor
    Warning[:experimental] = false
    ractor = Ractor.new do
      answers = [HTTPStatus.find("not found"), HTTPStatus["503"], HTTPStatus.fetch(:too_many_requests),
                 HTTPStatus.suggest("not fund"), HTTPStatus.unofficial_find("499"), HTTPStatus.class_of(404),
                 HTTPStatus.unofficial(499).size, HTTPStatus.count]
      answers.map { |answer| answer.respond_to?(:code) ? answer.code : answer }
    end
    assert_equal [404, 503, 429, 404, 499, :client_error, 2, HTTPStatus.count], ractor.take
  end

  def test_no_top_level_constant_but_httpstatus
    script = "before = Object.constants; require 'httpstatus'; print((Object.constants - before).sort.join(' '))"
    out, status = Open3.capture2e(RbConfig.ruby, "-e", script)
    assert status.success?, out
    assert_equal "HTTPStatus", out
  end

  def test_entries_are_made_by_the_module_only
    assert_raises(NoMethodError) { HTTPStatus::Entry.new(nil) }
    assert_predicate HTTPStatus[404], :frozen?
  end
end
