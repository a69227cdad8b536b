#include "sandbox/data/DeterministicRandom.h"

namespace ccri::sandbox {

DeterministicRandom::DeterministicRandom(quint64 seed)
    : m_state(seed)
{
}

quint64 DeterministicRandom::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int DeterministicRandom::bounded(int upper)
{
    if (upper <= 0)
        return 0;
    return int(next() % quint64(upper));
}

int DeterministicRandom::between(int lower, int upper)
{
    return lower + bounded(upper - lower + 1);
}

double DeterministicRandom::uniform(double lower, double upper)
{
    const double unit = double(next() >> 11) * (1.0 / 9007199254740992.0);
    return lower + unit * (upper - lower);
}

bool DeterministicRandom::chance(int percent)
{
    return bounded(100) < percent;
}

} // namespace ccri::sandbox
