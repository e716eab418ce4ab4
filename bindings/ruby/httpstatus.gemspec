# Built from the staging directory the CMake build prepares (target
# httpstatus_gem), which holds the generated sources this spec lists.
header = File.read(File.join(__dir__, "ext/httpstatus_core/httpstatus.h"))
version = %w[MAJOR MINOR PATCH].map do |part|
  header[/^#define HTTPSTATUS_VERSION_#{part} (\d+)$/, 1] or
    raise "httpstatus.h has no HTTPSTATUS_VERSION_#{part}"
end.join(".")

Gem::Specification.new do |spec|
  spec.name = "httpstatus"
  spec.version = version
  spec.summary = "Every HTTP status code: name, phrase, description, spec"
  spec.description = "Ruby binding of libhttpstatus: lookups by code, NAME, " \
                     "phrase and forgiving text, constants for every NAME."
  spec.authors = ["httpstatus maintainers"]
  spec.license = "MIT"
  spec.required_ruby_version = ">= 3.1"
  spec.files = Dir.chdir(__dir__) do
    Dir["lib/**/*.rb", "ext/httpstatus_core/*.{rb,c,h}"]
  end
  spec.extensions = ["ext/httpstatus_core/extconf.rb"]
end
