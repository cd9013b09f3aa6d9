// What each comparison predicate means on values: one definition for the interpreter (which
// defines the IR's semantics) and the optimizer (which folds comparisons of constants).

extension IntPredicate {
    /// True if `icmp` with this predicate holds for `a` and `b`, integers of `width` bits held
    /// zero-extended in 64.
    @inlinable
    public func holds(_ a: UInt64, _ b: UInt64, width: Int) -> Bool {
        let shift = UInt64(64 &- Swift.min(Swift.max(width, 1), 64))
        let sa = Int64(bitPattern: a &<< shift) &>> Int64(shift)
        let sb = Int64(bitPattern: b &<< shift) &>> Int64(shift)
        switch self {
        case .eq: return a == b
        case .ne: return a != b
        case .ugt: return a > b
        case .uge: return a >= b
        case .ult: return a < b
        case .ule: return a <= b
        case .sgt: return sa > sb
        case .sge: return sa >= sb
        case .slt: return sa < sb
        case .sle: return sa <= sb
        }
    }
}

extension FloatPredicate {
    /// True if `fcmp` with this predicate holds for `a` and `b` (`float` operands widened to
    /// `Double`, which is exact and keeps the comparison's answer).
    @inlinable
    public func holds(_ a: Double, _ b: Double) -> Bool {
        let unordered = a.isNaN || b.isNaN
        switch self {
        case .false: return false
        case .oeq: return !unordered && a == b
        case .ogt: return !unordered && a > b
        case .oge: return !unordered && a >= b
        case .olt: return !unordered && a < b
        case .ole: return !unordered && a <= b
        case .one: return !unordered && a != b
        case .ord: return !unordered
        case .ueq: return unordered || a == b
        case .ugt: return unordered || a > b
        case .uge: return unordered || a >= b
        case .ult: return unordered || a < b
        case .ule: return unordered || a <= b
        case .une: return unordered || a != b
        case .uno: return unordered
        case .true: return true
        }
    }
}
