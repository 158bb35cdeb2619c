/// The bookkeeping of ``PairingNetwork``: its summaries of the residual network, and the
/// moves that make a pair.
extension PairingNetwork {
    /// One step of an augmenting path: `mentor` takes `mentee` (from its current mentor, if any).
    struct Move {
        var mentor: Int
        var mentee: Int
    }

    /// The free mentee a mentor scores highest, if any; it skips mentees assigned since.
    mutating func bestFreeMentee(of mentor: Int) -> Int? {
        var position = rankingPosition[mentor]
        let end = rankingEnd[mentor]
        while position < end, mentorOfMentee[ranking[position]] != nil {
            position += 1
        }
        rankingPosition[mentor] = position
        return position < end ? ranking[position] : nil
    }

    /// The moves of the path that leaves the source for `first` and follows `next`: each
    /// mentor takes a mentee from the next, and the last takes its best free mentee.
    mutating func path(from first: Int, next: [Int]) -> [Move] {
        var moves: [Move] = []
        var mentor = first
        while next[mentor] >= 0 {
            let giver = next[mentor]
            moves.append(Move(mentor: mentor, mentee: transferMentee[giver * mentorCount + mentor]))
            mentor = giver
        }
        if let mentee = bestFreeMentee(of: mentor) {
            moves.append(Move(mentor: mentor, mentee: mentee))
        }
        return moves
    }

    /// The change of the total if the moves were made, summed from the scores themselves
    /// rather than the potentials, which carry rounding from earlier rounds.
    func gain(of moves: [Move]) -> Double {
        var gain = 0.0
        for move in moves {
            gain += weight(move.mentor, move.mentee)
            if let previous = mentorOfMentee[move.mentee] {
                gain -= weight(previous, move.mentee)
            }
        }
        return gain
    }

    /// Makes the moves and refreshes the transfer costs of every mentor they touch.
    mutating func apply(_ moves: [Move]) {
        var losers: Set<Int> = []
        for move in moves {
            if let previous = mentorOfMentee[move.mentee] {
                menteesOf[previous].removeAll { $0 == move.mentee }
                losers.insert(previous)
            }
            mentorOfMentee[move.mentee] = move.mentor
            menteesOf[move.mentor].append(move.mentee)
        }
        // A mentor that only gained a mentee needs one comparison per other mentor; one
        // that lost a mentee (and maybe gained another) needs its transfers recomputed.
        for move in moves where !losers.contains(move.mentor) {
            for other in 0..<mentorCount where other != move.mentor {
                consider(move.mentee, from: other, to: move.mentor)
            }
        }
        for mentor in losers {
            for other in 0..<mentorCount {
                transfer[mentor * mentorCount + other] = .infinity
                transferMentee[mentor * mentorCount + other] = -1
            }
            for mentee in menteesOf[mentor] {
                for other in 0..<mentorCount where other != mentor {
                    consider(mentee, from: other, to: mentor)
                }
            }
        }
    }

    /// Keeps `mentee` as the way for `from` to take one of `to`'s mentees if it is cheaper
    /// (or as cheap, with a lower index).
    private mutating func consider(_ mentee: Int, from: Int, to: Int) {
        let cost = weight(to, mentee) - weight(from, mentee)
        let index = to * mentorCount + from
        if cost < transfer[index] || (cost == transfer[index] && mentee < transferMentee[index]) {
            transfer[index] = cost
            transferMentee[index] = mentee
        }
    }
}
