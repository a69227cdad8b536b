#pragma once

#include <QtGlobal>

namespace ccri::sandbox {

// A small seeded generator (SplitMix64) whose sequence is the same on every platform and
// library, unlike std::uniform_int_distribution. For synthetic data only; not cryptographic.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(quint64 seed);

    quint64 next();
    int bounded(int upper); // in [0, upper); 0 when upper <= 0
    int between(int lower, int upper); // in [lower, upper]
    double uniform(double lower, double upper);
    bool chance(int percent);

    template<typename Container> const auto& pick(const Container& items)
    {
        return items[bounded(int(std::size(items)))];
    }

private:
    quint64 m_state;
};

} // namespace ccri::sandbox
