package stdlib

import (
	rt "github.com/spindle-lang/spindle/runtime"
)

// The queue module: runtime.Queue in its FIFO, LIFO and priority kinds
// (SimpleQueue is an unbounded FIFO Queue), with Empty, Full and
// ShutDown.

// loadQueueModule makes the queue module (registered in modules.go).
func loadQueueModule() *rt.Module {
	m := rt.NewModule("queue")
	for name, v := range map[string]rt.Value{
		"Queue":         rt.QueueType,
		"LifoQueue":     rt.LifoQueueType,
		"PriorityQueue": rt.PriorityQueueType,
		"SimpleQueue":   rt.SimpleQueueType,
		"Empty":         rt.QueueEmptyType,
		"Full":          rt.QueueFullType,
		"ShutDown":      rt.QueueShutDownType,
	} {
		m.Dict.SetStr(name, v)
	}
	return m
}
