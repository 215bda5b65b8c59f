//go:build race

package runtime

// raceEnabled is true in a race-detector build.
const raceEnabled = true
