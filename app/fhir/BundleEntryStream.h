#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ccri::fhir {

// A SAX handler for nlohmann::json::sax_parse that builds the document like json::parse, except
// the elements of its top-level "entry" array: each of those is built alone, handed to onEntry
// as soon as it is complete, and dropped (the document keeps "entry" as an empty array). So a
// 5,000-entry Bundle never exists as one big tree: each entry's few hundred nodes are made, read
// and freed while they are still in the cache. A repeated top-level "entry" key restarts the
// entries (onRestart), as json::parse keeps the last one. Used on a worker thread (BundleReader).
class BundleEntryStream
{
public:
    using json = nlohmann::json;
    // Returns false to stop parsing (sax_parse then returns false, with no error message).
    using EntrySink = std::function<bool(json&& element, int index)>;

    BundleEntryStream(json& document, EntrySink onEntry, std::function<void()> onRestart);

    int entryCount() const { return m_entryCount; } // elements of the last top-level "entry" array
    bool streamedEntries() const { return m_streamed; } // a top-level "entry" array was seen
    const std::string& errorMessage() const { return m_error; } // set when the JSON is malformed

    // The nlohmann SAX interface.
    bool null() { return value(nullptr); }
    bool boolean(bool v) { return value(v); }
    bool number_integer(json::number_integer_t v) { return value(v); }
    bool number_unsigned(json::number_unsigned_t v) { return value(v); }
    bool number_float(json::number_float_t v, const json::string_t&) { return value(v); }
    bool string(json::string_t& v) { return value(std::move(v)); }
    bool binary(json::binary_t& v) { return value(json::binary(std::move(v))); }
    bool start_object(std::size_t) { return open(json::value_t::object); }
    bool key(json::string_t& name);
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(json::value_t::array); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error);

private:
    // Places a finished scalar or a new container where the parser is; nullptr when it went to onEntry.
    json* place(json&& value);
    bool value(json&& v);
    bool open(json::value_t type);
    bool close();
    bool deliver(json&& element);

    json& m_document;
    EntrySink m_onEntry;
    std::function<void()> m_onRestart;
    std::vector<json*> m_stack;
    json* m_member = nullptr; // the object member the next value goes to
    json* m_entries = nullptr; // the top-level "entry" array while it is being read
    json m_entry; // the entry being built
    bool m_entryKey = false; // the last top-level key was "entry"
    bool m_streamed = false;
    bool m_stopped = false;
    int m_entryCount = 0;
    std::string m_error;
};

} // namespace ccri::fhir
