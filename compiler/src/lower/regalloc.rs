//! Slot assignment: maps virtual registers to frame slots. There is no register
//! pressure (a frame has up to 2^20 slots), so the goal is to remove moves and keep
//! frames small: liveness, an interference graph, aggressive move coalescing (moves
//! inside loops first), then greedy colouring. Registers fixed to a callee's slots
//! (`Out`) may only hold values that are not live across any call.

use std::collections::{HashMap, HashSet};

use super::mir::{BlockId, Fixed, MFunc, MInst, VReg};

/// Where a register lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Slot `k` of the function's own frame.
    Own(u32),
    /// Slot `k` of the callee frame (resolved once the frame size is known).
    Out(u32),
}

/// A growable bit set.
#[derive(Clone, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn set(&mut self, i: u32) {
        self.0[(i / 64) as usize] |= 1 << (i % 64);
    }
    fn clear(&mut self, i: u32) {
        self.0[(i / 64) as usize] &= !(1 << (i % 64));
    }
    fn union(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= *b;
        }
    }
    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &word)| {
            let mut bits = word;
            std::iter::from_fn(move || {
                if bits == 0 {
                    return None;
                }
                let t = bits.trailing_zeros();
                bits &= bits - 1;
                Some(w as u32 * 64 + t)
            })
        })
    }
}

/// Live-in sets of every block.
fn liveness(f: &MFunc) -> Vec<Bits> {
    let n = f.num_vregs();
    let nb = f.blocks.len();
    let mut live_in: Vec<Bits> = (0..nb).map(|_| Bits::new(n)).collect();
    // Predecessors, to re-queue blocks whose successors changed.
    let mut preds: Vec<Vec<BlockId>> = vec![Vec::new(); nb];
    for (b, block) in f.blocks.iter().enumerate() {
        for s in block.succs() {
            preds[s as usize].push(b as BlockId);
        }
    }
    let mut queued = vec![true; nb];
    let mut work: Vec<BlockId> = (0..nb as BlockId).collect();
    let mut tmp = Vec::new();
    while let Some(b) = work.pop() {
        queued[b as usize] = false;
        let live = scan_block(f, b, &live_in, &mut tmp, |_, _, _| {});
        if live != live_in[b as usize] {
            live_in[b as usize] = live;
            for &p in &preds[b as usize] {
                if !queued[p as usize] {
                    queued[p as usize] = true;
                    work.push(p);
                }
            }
        }
    }
    live_in
}

/// Scans a block backwards from its end, calling `visit(inst, live_after, is_first)`
/// before each instruction's defs are removed; returns the live-in set.
fn scan_block(
    f: &MFunc,
    b: BlockId,
    live_in: &[Bits],
    tmp: &mut Vec<VReg>,
    mut visit: impl FnMut(&MInst, &Bits, &mut Vec<VReg>),
) -> Bits {
    let n = f.num_vregs();
    let mut live = Bits::new(n);
    for inst in f.blocks[b as usize].insts.iter().rev() {
        match inst {
            MInst::Jmp { t } | MInst::Bnz { t, .. } => live.union(&live_in[*t as usize]),
            _ => {}
        }
        visit(inst, &live, tmp);
        inst.defs(tmp);
        for &d in tmp.iter() {
            live.clear(d);
        }
        inst.uses(tmp);
        for &u in tmp.iter() {
            live.set(u);
        }
    }
    live
}

/// Loop depth of every block (natural loops of back edges found by DFS).
fn loop_depths(f: &MFunc) -> Vec<u32> {
    let nb = f.blocks.len();
    let succs: Vec<Vec<BlockId>> = f.blocks.iter().map(|b| b.succs()).collect();
    let mut preds: Vec<Vec<BlockId>> = vec![Vec::new(); nb];
    for (b, s) in succs.iter().enumerate() {
        for &t in s {
            preds[t as usize].push(b as BlockId);
        }
    }
    // Iterative DFS from block 0 to find back edges (target on the stack).
    let mut state = vec![0u8; nb]; // 0 new, 1 on stack, 2 done
    let mut back_edges = Vec::new();
    let mut stack: Vec<(BlockId, usize)> = vec![(0, 0)];
    if nb > 0 {
        state[0] = 1;
    }
    while let Some(&mut (b, ref mut i)) = stack.last_mut() {
        if *i < succs[b as usize].len() {
            let t = succs[b as usize][*i];
            *i += 1;
            match state[t as usize] {
                0 => {
                    state[t as usize] = 1;
                    stack.push((t, 0));
                }
                1 => back_edges.push((b, t)),
                _ => {}
            }
        } else {
            state[b as usize] = 2;
            stack.pop();
        }
    }
    let mut latches: HashMap<BlockId, Vec<BlockId>> = HashMap::new();
    for (latch, header) in back_edges {
        latches.entry(header).or_default().push(latch);
    }
    let mut depth = vec![0u32; nb];
    let mut body = vec![false; nb];
    for (header, list) in latches {
        body.iter_mut().for_each(|x| *x = false);
        body[header as usize] = true;
        let mut work = list;
        while let Some(x) = work.pop() {
            if !body[x as usize] {
                body[x as usize] = true;
                work.extend(&preds[x as usize]);
            }
        }
        for (b, inside) in body.iter().enumerate() {
            if *inside {
                depth[b] += 1;
            }
        }
    }
    depth
}

struct Graph {
    adj: Vec<HashSet<u32>>,
}

impl Graph {
    fn add(&mut self, a: u32, b: u32) {
        if a != b {
            self.adj[a as usize].insert(b);
            self.adj[b as usize].insert(a);
        }
    }
}

fn find(parent: &mut [u32], mut x: u32) -> u32 {
    while parent[x as usize] != x {
        let p = parent[x as usize];
        parent[x as usize] = parent[p as usize];
        x = p;
    }
    x
}

/// Assigns a slot to every register. `reserved` is a range of own slots that no
/// register may take (the variadic argument area).
pub fn assign(f: &MFunc, reserved: std::ops::Range<u32>) -> Vec<Slot> {
    let n = f.num_vregs();
    let live_in = liveness(f);
    let depths = loop_depths(f);

    let mut graph = Graph { adj: vec![HashSet::new(); n] };
    let mut crosses_call = vec![false; n];
    let mut moves: Vec<(u32, VReg, VReg)> = Vec::new();
    let mut tmp = Vec::new();
    for b in 0..f.blocks.len() as BlockId {
        let depth = depths[b as usize].min(8);
        scan_block(f, b, &live_in, &mut tmp, |inst, live, tmp| {
            inst.defs(tmp);
            let src = match inst {
                MInst::Mov { d, s } => {
                    moves.push((depth, *d, *s));
                    Some(*s)
                }
                _ => None,
            };
            if matches!(inst, MInst::Call { .. }) {
                for l in live.iter() {
                    if !tmp.contains(&l) {
                        crosses_call[l as usize] = true;
                    }
                }
            }
            for &d in tmp.iter() {
                for l in live.iter() {
                    if Some(l) != src {
                        graph.add(d, l);
                    }
                }
            }
            for (i, &d) in tmp.iter().enumerate() {
                for &e in &tmp[i + 1..] {
                    graph.add(d, e);
                }
            }
        });
    }

    // Coalesce moves, innermost loops first.
    moves.sort_by_key(|m| std::cmp::Reverse(m.0));
    let mut parent: Vec<u32> = (0..n as u32).collect();
    let mut fixed: Vec<Option<Fixed>> = f.fixed.clone();
    for &(_, d, s) in &moves {
        let a = find(&mut parent, d);
        let b = find(&mut parent, s);
        if a == b || graph.adj[a as usize].contains(&b) {
            continue;
        }
        let fa = fixed[a as usize];
        let fb = fixed[b as usize];
        let merged = match (fa, fb) {
            (Some(x), Some(y)) if x != y => continue,
            (Some(x), _) | (_, Some(x)) => Some(x),
            (None, None) => None,
        };
        if let Some(Fixed::Out(_)) = merged
            && (crosses_call[a as usize] || crosses_call[b as usize])
        {
            continue;
        }
        // Merge the smaller adjacency set into the larger.
        let (keep, gone) = if graph.adj[a as usize].len() >= graph.adj[b as usize].len() { (a, b) } else { (b, a) };
        let gone_adj = std::mem::take(&mut graph.adj[gone as usize]);
        for x in gone_adj {
            graph.adj[x as usize].remove(&gone);
            graph.add(keep, x);
        }
        parent[gone as usize] = keep;
        fixed[keep as usize] = merged;
        crosses_call[keep as usize] |= crosses_call[gone as usize];
    }

    // Colour: fixed classes keep their slot, the others take the lowest free own slot.
    let mut color: HashMap<u32, Slot> = HashMap::new();
    for v in 0..n as u32 {
        let r = find(&mut parent, v);
        if let Some(fx) = fixed[r as usize] {
            color.insert(
                r,
                match fx {
                    Fixed::Own(k) => Slot::Own(k),
                    Fixed::Out(k) => Slot::Out(k),
                },
            );
        }
    }
    let mut used = Vec::new();
    for v in 0..n as u32 {
        let r = find(&mut parent, v);
        if color.contains_key(&r) {
            continue;
        }
        used.clear();
        for &x in &graph.adj[r as usize] {
            if let Some(Slot::Own(k)) = color.get(&x) {
                used.push(*k);
            }
        }
        used.sort_unstable();
        let mut c = 1;
        let mut i = 0;
        loop {
            if reserved.contains(&c) {
                c = reserved.end;
                continue;
            }
            while i < used.len() && used[i] < c {
                i += 1;
            }
            if i < used.len() && used[i] == c {
                c += 1;
                continue;
            }
            break;
        }
        color.insert(r, Slot::Own(c));
    }
    (0..n as u32).map(|v| color[&find(&mut parent, v)]).collect()
}
