// Usage: BenchBundleLoad [entries=5000] [runs=7]   (needs a display or QT_QPA_PLATFORM=offscreen)
#include "app/fhir/BundleReader.h"
#include "app/fhir/ResourceListModel.h"
#include "app/net/RequestLogEntry.h"
#include "sandbox/data/ResourceStore.h"
#include "sandbox/data/SyntheticData.h"
#include "ui/browser/ResourceTablePage.h"

#include <algorithm>
#include <malloc.h>
#include <memory>
#include <nlohmann/json.hpp>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <time.h>
#include <vector>

using namespace ccri;

namespace {

// A searchset of the big patient's Observations, as the sandbox would serve it in one page.
QByteArray makeBundle(int entries)
{
    sandbox::SyntheticData::Options options;
    options.patients = 1;
    options.bigPatientObservations = entries;
    sandbox::ResourceStore store;
    sandbox::SyntheticData(options).generate(&store);
    const QString big = sandbox::SyntheticData::bigPatientId(options);
    const auto observations = store.forPatient(QStringLiteral("Observation"), big);
    nlohmann::json list = nlohmann::json::array();
    for (int i = 0; i < entries && i < observations.size(); ++i) {
        const nlohmann::json& resource = *observations.at(i);
        list.push_back({{"fullUrl", "http://127.0.0.1:8080/fhir/STU3/Observation/" + resource.value("id", "")},
                        {"resource", resource},
                        {"search", {{"mode", "match"}}}});
    }
    const nlohmann::json bundle
        = {{"resourceType", "Bundle"}, {"type", "searchset"}, {"total", list.size()}, {"entry", std::move(list)}};
    const std::string text = bundle.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// CPU time this thread has used, in microseconds: a gap between ticks that the scheduler caused
// (other processes on a shared machine) does not count here, only work done on the GUI thread.
qint64 threadCpuUs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// Bytes malloc hands out on this thread's (the main) arena: mallinfo2's uordblks. The rows built
// on this thread live there; freed temporaries do not count, unlike RSS.
qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int entries = args.size() > 1 ? args.at(1).toInt() : 5000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 7;
    QTextStream out(stdout);

    const QByteArray bytes = makeBundle(entries);
    out << "bundle: " << entries << " Observation entries, " << bytes.size() / 1024 << " KiB\n";

    // 1. Bare parse against parse + summary rows + model, on one thread, median of `runs`.
    std::vector<double> bare;
    std::vector<double> full;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            const auto document = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
            if (document.is_discarded()) {
                return 1;
            }
        }
        bare.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        {
            fhir::ResourceListModel model(QStringLiteral("Observation"));
            fhir::BundleReader::read(bytes, QStringLiteral("Observation"), 200,
                                     [&model](fhir::BundleChunk&& chunk) { model.appendRows(chunk.rows); });
            if (model.rowCount() != entries) {
                out << "unexpected row count " << model.rowCount() << "\n";
                return 1;
            }
        }
        full.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    // 1b. Memory the rows keep: heap in use (mallinfo2) after BundleReader filled a model on this
    //     thread, minus before, the parse's temporaries already freed; mean of `runs`. Beside it the
    //     form rows had before (each resource a parsed nlohmann::json tree), measured the same way.
    std::vector<double> rowBytes;
    std::vector<double> treeBytes;
    std::vector<double> selectUs;
    for (int run = 0; run < runs; ++run) {
        malloc_trim(0);
        qint64 start = heapInUse();
        {
            fhir::ResourceListModel model(QStringLiteral("Observation"));
            fhir::BundleReader::read(bytes, QStringLiteral("Observation"), 200,
                                     [&model](fhir::BundleChunk&& chunk) { model.appendRows(chunk.rows); });
            rowBytes.push_back(double(heapInUse() - start));
            // What a selection costs now: the detail pane parses the row's text and pretty-prints it.
            QElapsedTimer selection;
            selection.start();
            std::size_t printed = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                printed += model.rowAt(row).resource.parse().dump(2).size();
            }
            selectUs.push_back(double(selection.nsecsElapsed()) / 1e3 / model.rowCount());
            if (printed <= std::size_t(bytes.size())) {
                out << "pretty-printed JSON shorter than the compact bundle\n";
                return 1;
            }
            if (model.rowCount() != entries
                || model.rowAt(0).resource.parse().value("resourceType", "") != "Observation") {
                out << "unexpected rows\n";
                return 1;
            }
        }
        malloc_trim(0);
        start = heapInUse();
        {
            std::vector<std::shared_ptr<const nlohmann::json>> trees;
            {
                auto document = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
                for (auto& entry : document["entry"]) {
                    trees.push_back(std::make_shared<const nlohmann::json>(std::move(entry["resource"])));
                }
            }
            treeBytes.push_back(double(heapInUse() - start));
        }
    }
    const auto mean = [](const std::vector<double>& values) {
        double sum = 0;
        for (const double value : values) {
            sum += value;
        }
        return sum / double(values.size());
    };

    const double bareMs = median(bare);
    const double fullMs = median(full);
    out << QStringLiteral("bare nlohmann::json::parse: %1 ms (median of %2)\n").arg(bareMs, 0, 'f', 1).arg(runs);
    out << QStringLiteral("parse + rows + model:       %1 ms (median of %2)\n").arg(fullMs, 0, 'f', 1).arg(runs);
    out << QStringLiteral("ratio:                      %1x (target <= 1.5x)\n").arg(fullMs / bareMs, 0, 'f', 2);
    out << QStringLiteral("heap kept by the model's rows (mallinfo2 uordblks delta, mean of %1): %2 KiB, %3 KiB per "
                          "1,000 entries (target <= 3 MB)\n")
               .arg(runs)
               .arg(qint64(mean(rowBytes)) / 1024)
               .arg(qint64(mean(rowBytes)) / 1024 * 1000 / entries);
    out << QStringLiteral("  the resources alone as parsed nlohmann::json trees (what rows kept before): %1 KiB per "
                          "1,000 entries\n")
               .arg(qint64(mean(treeBytes)) / 1024 * 1000 / entries);
    out << QStringLiteral(
               "selection: parse one row's text + pretty-print it: %1 us (mean over all rows, median of %2)\n")
               .arg(median(selectUs), 0, 'f', 1)
               .arg(runs);

    // 1c. What the explorer's request log does with such a reply, on the GUI thread, before the page
    //     gets it (LoggingNetworkAccessManager): keep the body, redacted. It must come back unchanged
    //     (a Bundle holds no secret); before, this parsed the whole Bundle (the bare parse above).
    std::vector<double> logMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray kept = net::RequestLogEntry::redactBody("application/fhir+json", bytes);
        logMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (kept != bytes) {
            out << "the request log changed a Bundle without secrets\n";
            return 1;
        }
    }
    out << QStringLiteral("request log, keeping the reply (redactBody, GUI thread): %1 ms (median of %2)\n")
               .arg(median(logMs), 0, 'f', 2)
               .arg(runs);

    // 2. The real page: rows arrive from the worker thread; a 1 ms timer on the GUI thread measures
    //    the longest gap between its ticks (the longest stall). First the idle baseline (what the
    //    shared machine's scheduler costs with nothing to do), then `runs` loads of the bundle.
    ResourceTablePage page(nullptr, QStringLiteral("Observation"));
    page.resize(1200, 800);
    page.show();
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    qint64 lastCpu = 0;
    qint64 longestBusy = 0;
    qint64 firstRowsMs = -1;
    bool loading = false;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &page, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        longestStall = std::max(longestStall, now - lastTick);
        lastTick = now;
        const qint64 cpu = threadCpuUs();
        static int lastRows = 0;
        if (cpu - lastCpu > 8000 && qEnvironmentVariableIsSet("BENCH_TRACE")) {
            out << "  busy " << (cpu - lastCpu) / 1000 << " ms: rows " << lastRows << " -> " << page.model()->rowCount()
                << (page.isLoading() ? "" : " (done)") << "\n";
        }
        lastRows = page.model()->rowCount();
        longestBusy = std::max(longestBusy, cpu - lastCpu);
        lastCpu = cpu;
        if (loading && firstRowsMs < 0 && page.model()->rowCount() > 0) {
            firstRowsMs = clock.elapsed();
        }
        if ((loading && !page.isLoading()) || (!loading && clock.elapsed() >= 300)) {
            ticker.stop();
            app.quit();
        }
    });
    const auto measure = [&](bool load) {
        QTimer::singleShot(100, &page, [&, load] {
            clock.start();
            lastTick = 0;
            longestStall = 0;
            lastCpu = threadCpuUs();
            longestBusy = 0;
            firstRowsMs = -1;
            loading = load;
            ticker.start();
            if (load) {
                page.loadBundle(bytes);
            }
        });
        app.exec();
    };
    measure(false);
    // RSS before: the page shown and idle (window, fonts, backing store paid), freed heap trimmed.
    malloc_trim(0);
    const qint64 before = rssKb();
    out << QStringLiteral("idle baseline: longest gap between 1 ms ticks over 300 ms: %1 ms\n")
               .arg(double(longestStall) / 1000.0, 0, 'f', 1);
    std::vector<double> stalls;
    std::vector<double> busy;
    std::vector<double> firsts;
    std::vector<double> totals;
    qint64 afterFirst = 0;
    qint64 afterFirstTrimmed = 0;
    for (int run = 0; run < runs; ++run) {
        measure(true);
        if (run == 0) {
            afterFirst = rssKb();
            malloc_trim(0); // what stays once freed heap (the parse's, on the worker) goes back
            afterFirstTrimmed = rssKb();
        }
        stalls.push_back(double(longestStall) / 1000.0);
        busy.push_back(double(longestBusy) / 1000.0);
        firsts.push_back(double(firstRowsMs));
        totals.push_back(double(clock.elapsed()));
    }
    const qint64 after = afterFirst;
    out << "first row: " << page.model()->rowAt(0).columns.join(QStringLiteral(" | ")) << "\n";
    QStringList all;
    for (const double stall : stalls) {
        all << QString::number(stall, 'f', 1);
    }
    out << "stalls per run (ms): " << all.join(QStringLiteral(", ")) << "\n";
    out << QStringLiteral("page load (%1 runs): first rows after %2 ms, all %3 rows after %4 ms (medians)\n")
               .arg(runs)
               .arg(median(firsts))
               .arg(page.model()->rowCount())
               .arg(median(totals));
    out << QStringLiteral("longest GUI-thread stall while loading: median %1 ms, worst %2 ms (target <= 16 ms)\n")
               .arg(median(stalls), 0, 'f', 1)
               .arg(*std::max_element(stalls.begin(), stalls.end()), 0, 'f', 1);
    out << QStringLiteral("longest GUI-thread busy time between two ticks (thread CPU time, scheduler excluded): "
                          "median %1 ms, worst %2 ms\n")
               .arg(median(busy), 0, 'f', 1)
               .arg(*std::max_element(busy.begin(), busy.end()), 0, 'f', 1);
    out << QStringLiteral("memory (first load, RSS growth from the idle page): %1 KiB RSS for %2 rows shown, %3 KiB "
                          "per 1,000 entries (JSON text: %4 KiB per "
                          "1,000)\n")
               .arg(after - before)
               .arg(entries)
               .arg((after - before) * 1000 / entries)
               .arg(qint64(bytes.size()) / 1024 * 1000 / entries);
    out << QStringLiteral("memory (first load, then malloc_trim): %1 KiB RSS, %2 KiB per 1,000 entries\n")
               .arg(afterFirstTrimmed - before)
               .arg((afterFirstTrimmed - before) * 1000 / entries);
    return 0;
}
