// Deterministic random numbers and hashes for the simulator. The same seed gives the same world with every
// compiler and standard library (std::*_distribution output is implementation-defined, so none is used).
#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QtGlobal>

namespace Ocpi::Sim {

// The SplitMix64 finaliser: a good 64-bit mix of x.
constexpr quint64 mix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// FNV-1a over the bytes, keyed by seed and mixed: stable across runs, machines and Qt versions (unlike qHash).
inline quint64 stableHash(quint64 seed, QByteArrayView bytes)
{
    quint64 h = 0xCBF29CE484222325ull ^ mix64(seed);
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 0x100000001B3ull;
    }
    return mix64(h);
}

// A number in [0, 1) from a hash.
constexpr double unitInterval(quint64 h)
{
    return double(h >> 11) * 0x1.0p-53;
}

// SplitMix64 generator.
class Rng
{
public:
    explicit Rng(quint64 seed = 0) : m_state(seed) {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return unitInterval(next()); }                     // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); } // [lo, hi)
    int range(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); } // [lo, hi]
    qint64 range64(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

} // namespace Ocpi::Sim
