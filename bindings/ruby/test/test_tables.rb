# frozen_string_literal: true

# Every row of the specification tables in tests/spec/ (find.md and
# suggest.md), through the layer: the same cases the C suite checks. How to
# read a table is written at the top of each file.
require "minitest/autorun"
require "httpstatus"

class TestTables < Minitest::Test
  SPEC_DIR = File.expand_path("../../../tests/spec", __dir__)
  ESCAPES = { "n" => "\n", "t" => "\t", "0" => "\0", "\\" => "\\", "|" => "|" }.freeze

  # The cells of a row "| a | b |", trimmed, escapes still in place.
  def cells(line)
    line.scan(/(?:\\.|[^|\\])*\|/).map { |cell| cell.chomp("|").strip }
  end

  # The input a cell stands for; an unknown escape is an error in the table.
  def unescape(cell)
    cell.b.gsub(/\\(x(\h\h)|.)/n) do
      Regexp.last_match(2)&.hex&.chr || ESCAPES.fetch(Regexp.last_match(1)) { raise "unknown escape in #{cell}" }.b
    end
  end

  %w[find suggest].each do |function|
    define_method("test_every_row_of_#{function}_md") do
      rows = 0
      File.foreach(File.join(SPEC_DIR, "#{function}.md"), chomp: true) do |line|
        next unless line.start_with?("|")

        input, expected = cells(line[1..])
        next if input == "input" || input.start_with?("---")

        entry = HTTPStatus.public_send(function, unescape(input))
        assert_equal expected, entry ? entry.code.to_s : "none", "#{function}(\"#{input}\")"
        rows += 1
      end
      assert_operator rows, :>, 50, "the table has rows"
    end
  end
end
