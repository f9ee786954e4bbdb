package speaker_test

import "testing"

// TestVoiceCue checks that a line spoken by a voice or a face the
// narration has not yet named goes to the person the exchange names next.
func TestVoiceCue(t *testing.T) {
	runFictionCases(t, []fictionCase{{
		name:   "named cue two turns later",
		reason: `the voice from the loft speaks every other paragraph, and its third turn is cued by name: "growled Bartram Quill"`,
		text: `Nell Ashdown rattled the stable door until the bolt jumped, and a lamp came alive up in the hay loft.

"Clear off, whoever you are," grumbled the voice. "The horses are asleep."

"I need the grey mare tonight," said Nell.

"You need your head seen to," snapped the voice. "Nobody rides in this fog."

"The doctor is waiting for me across the moor."

"Then he can keep waiting," growled Bartram Quill, and the lamp went out.`,
		want: []attributed{
			{"Clear off, whoever you are,", "Bartram Quill", "voice"},
			{"The horses are asleep.", "Bartram Quill", "voice"},
			{"I need the grey mare tonight,", "Nell Ashdown", "cue-adjacent"},
			{"You need your head seen to,", "Bartram Quill", "voice"},
			{"Nobody rides in this fog.", "Bartram Quill", "voice"},
			{"The doctor is waiting for me across the moor.", "", "none"},
			{"Then he can keep waiting,", "Bartram Quill", "cue-adjacent"},
		},
	}, {
		name:   "the reply calls the voice by name",
		reason: `"said a voice" names no one; the reply that opens the next paragraph calls the speaker "Hobb"`,
		text: `Walter Prynne had sent the carter for the new millstone at dawn. By noon he was pacing the yard and cursing. Hobb had promised him faithfully to be back by ten.

"The cart is stuck at the ford, sir," said a voice behind the willows.

"Come out where I can see you, Hobb. You are an hour late."`,
		want: []attributed{
			{"The cart is stuck at the ford, sir,", "Hobb", "voice"},
			{"Come out where I can see you, Hobb. You are an hour late.", "Walter Prynne", "conversation"},
		},
	}, {
		name:   "the narration says whose voice it was",
		reason: `"which Amelia took to be that of her cousin Lavinia" gives the voice an owner in the cue's own sentence`,
		text: `Amelia Thorne sat behind the painted screen in the dark parlour, listening to guests she could not see. Her cousin Lavinia Marsh had driven over from the coast that afternoon.

'The bridge is down again, and no coach will come tonight,' remarked a voice, which Amelia took to be that of Lavinia Marsh.`,
		want: []attributed{
			{"The bridge is down again, and no coach will come tonight,", "Lavinia Marsh", "voice"},
		},
	}, {
		name:   "the one called has no other line yet",
		reason: `"bellowed a hoarse voice" is answered with "It is only me, Crane", so the voice is Crane's, though the narration only names him as an owner and never has him do anything`,
		text: `The chemist tapped three times on the shutter of the warehouse, then twice more, as he had been taught.

"Who's that knocking?" bellowed a hoarse voice behind the shutter.

"It is only me, Crane. Open up, it is freezing."

A bar scraped back. The warehouse had belonged to Crane for forty years.`,
		want: []attributed{
			{"Who's that knocking?", "Crane", "voice"},
			{"It is only me, Crane. Open up, it is freezing.", "the chemist", "conversation"},
		},
	}, {
		name:   "a woman's voice is not the man named next",
		reason: `the next named turn on that side is a man's, so "a woman's voice" keeps what the other rules say: the woman waiting nearby`,
		text: `Captain Edmund Fairlie paced the quay in the rain. Somewhere behind the bales, Mrs. Hester Lyle waited under her umbrella.

"Your ship sails without you," called a woman's voice.

"Who is there?" asked Fairlie.

"A friend of your brother's."

"Then tell me his message," said Fairlie.

"He says you must not go," answered Mr. Tobias Venn.`,
		want: []attributed{
			{"Your ship sails without you,", "Hester Lyle", "action-beat"},
			{"Who is there?", "Edmund Fairlie", "cue-adjacent"},
			{"A friend of your brother's.", "Hester Lyle", "conversation"},
			{"Then tell me his message,", "Edmund Fairlie", "cue-adjacent"},
			{"He says you must not go,", "Tobias Venn", "cue-adjacent"},
		},
	}})
}
