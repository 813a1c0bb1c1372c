// A vector that grows by fixed-size chunks, so appending never moves the elements already held: the sessions
// table appends rows while it holds 100,000 of them, and a std::vector doubling would move them all at once
// (one long stall of the UI thread; docs/MODEL-PERFORMANCE.md).
#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

template<typename T, int ChunkBits = 10>
class ChunkedVector
{
public:
    static constexpr size_t kChunkSize = size_t(1) << ChunkBits;

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    size_t capacity() const { return m_chunks.size() * kChunkSize; }

    T &operator[](size_t i) { return m_chunks[i >> ChunkBits][i & (kChunkSize - 1)]; }
    const T &operator[](size_t i) const { return m_chunks[i >> ChunkBits][i & (kChunkSize - 1)]; }
    T &back() { return (*this)[m_size - 1]; }

    void push_back(T &&value)
    {
        if (m_size == capacity())
            m_chunks.push_back(std::make_unique<T[]>(kChunkSize));
        (*this)[m_size++] = std::move(value);
    }
    // Removes [first, first + count), moving the elements after it down (O(size - first)).
    void erase(size_t first, size_t count)
    {
        for (size_t i = first + count; i < m_size; ++i)
            (*this)[i - count] = std::move((*this)[i]);
        for (size_t i = m_size - count; i < m_size; ++i)
            (*this)[i] = T();
        m_size -= count;
        m_chunks.resize((m_size + kChunkSize - 1) / kChunkSize);
    }
    void clear()
    {
        m_chunks.clear();
        m_chunks.shrink_to_fit();
        m_size = 0;
    }

    template<typename V, typename Owner>
    class Iterator
    {
    public:
        Iterator(Owner *v, size_t i) : m_v(v), m_i(i) {}
        V &operator*() const { return (*m_v)[m_i]; }
        Iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator!=(const Iterator &o) const { return m_i != o.m_i; }

    private:
        Owner *m_v;
        size_t m_i;
    };
    Iterator<T, ChunkedVector> begin() { return {this, 0}; }
    Iterator<T, ChunkedVector> end() { return {this, m_size}; }
    Iterator<const T, const ChunkedVector> begin() const { return {this, 0}; }
    Iterator<const T, const ChunkedVector> end() const { return {this, m_size}; }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    size_t m_size = 0;
};
