# Richards: the classic operating-system simulation — a scheduler running
# an idle task, a worker, two handlers and two devices that pass packets to
# each other. Classes, subclassing, method calls, attribute access, linked
# lists of objects.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue, pending, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = sched.head
        sched.head = self
        sched.tasks[ident] = self

    def held_or_suspended(self):
        return self.holding or (self.waiting and not self.pending)

    def add_packet(self, pkt, current):
        if self.input is None:
            self.input = pkt
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            pkt.append_to(self.input)
        return current

    def run(self):
        if self.pending and self.waiting and not self.holding:
            pkt = self.input
            self.input = pkt.link
            self.waiting = False
            self.pending = self.input is not None
        else:
            pkt = None
        return self.step(pkt)


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False, False)
        self.control = 1
        self.count = count

    def step(self, pkt):
        s = self.sched
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True, True)
        self.dest = HANDLER_A
        self.count = 0

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            return s.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return s.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True)
        self.work = None
        self.devices = None

    def step(self, pkt):
        s = self.sched
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count >= 4:
                self.work = work.link
                return s.queue_packet(work)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return s.queue_packet(dev)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, False, True)
        self.pending_pkt = None

    def step(self, pkt):
        s = self.sched
        if pkt is None:
            if self.pending_pkt is None:
                return s.wait()
            pkt = self.pending_pkt
            self.pending_pkt = None
            return s.queue_packet(pkt)
        self.pending_pkt = pkt
        return s.hold_self()


class Scheduler:
    def __init__(self):
        self.head = None
        self.tasks = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def hold_self(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.tasks[ident]
        t.holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, pkt):
        t = self.tasks[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def run(self):
        t = self.head
        while t is not None:
            if t.held_or_suspended():
                t = t.link
            else:
                self.current = t
                t = t.run()


def richards(count):
    s = Scheduler()
    IdleTask(s, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkerTask(s, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queue_count, s.hold_count


def main():
    total = 0
    for _ in range(12):
        qc, hc = richards(10000)
        total += qc + hc
    print(qc, hc, total)


main()
