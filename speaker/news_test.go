package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// newsCase is one news attribution pattern and what it must yield.
type newsCase struct {
	name, reason, text string
	want               []attributed
}

// runNewsCases attributes each case's text as news and compares.
func runNewsCases(t *testing.T, tests []newsCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := attribute(t, speaker.Options{Genre: speaker.GenreNews}, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestNewsInvertedRoles(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a trade noun before the role",
			reason: `"said bakery owner X": a lower-case noun qualifying the role stays in the run`,
			text:   `"We ran out of rye flour twice," said bakery owner Tessa Marlow.`,
			want:   []attributed{{"We ran out of rye flour twice,", "Tessa Marlow", "cue-adjacent"}},
		},
		{
			name:   "a role with its own of phrase",
			reason: `"said head of security X": the role's "of" phrase belongs to the run`,
			text:   `"Nobody climbed the fence," said head of security Odo Brandt.`,
			want:   []attributed{{"Nobody climbed the fence,", "Odo Brandt", "cue-adjacent"}},
		},
		{
			name:   "of after the name is no role",
			reason: `"said Ann Lee of the guild": the "of" after a name is not part of a role run`,
			text:   `"The looms are idle," said Ann Lee of the weavers guild.`,
			want:   []attributed{{"The looms are idle,", "Ann Lee", "cue-adjacent"}},
		},
		{
			name:   "former and a state before the title",
			reason: `"said former Ohio Gov. X": the modifiers belong to the name`,
			text:   `"She will be tougher this time," said former Ohio Gov. Jim Walters, a Smith backer.`,
			want:   []attributed{{"She will be tougher this time,", "Jim Walters", "cue-adjacent"}},
		},
		{
			name:   "lower-case role before the name",
			reason: `"said former Ohio governor X": a role noun may stand in the run`,
			text:   `"He is struggling," said former Ohio governor Pat Dunne (D), a Smith supporter.`,
			want:   []attributed{{"He is struggling,", "Pat Dunne", "cue-adjacent"}},
		},
		{
			name:   "the adviser, not the one advised",
			reason: `"said Obama adviser X": the last name of the run is the speaker`,
			text:   `"October was good for her," said former campaign adviser Dan Miller.`,
			want:   []attributed{{"October was good for her,", "Dan Miller", "cue-adjacent"}},
		},
		{
			name:   "organisation before the role",
			reason: `"said White House adviser X" names the adviser, not the White House`,
			text:   `"The talks are over," said White House adviser Nora Quist.`,
			want:   []attributed{{"The talks are over,", "Nora Quist", "cue-adjacent"}},
		},
		{
			name:   "description then its name",
			reason: `"said a former official, X,": the name in apposition is the speaker`,
			text:   `"We saw it coming," said a former official, Ann Lee, who left in March.`,
			want:   []attributed{{"We saw it coming,", "Ann Lee", "cue-adjacent"}},
		},
		{
			name:   "gerund after an inverted cue",
			reason: `"Q," wrote X, citing …: the gerund's subject is the inverted one`,
			text: `"The plan is sound," wrote columnist Rita Vance, citing two aides. ` +
				`"It will pass in the spring."`,
			want: []attributed{
				{"The plan is sound,", "Rita Vance", "cue-adjacent"},
				{"It will pass in the spring.", "Rita Vance", "split-quote"},
			},
		},
	})
}

func TestNewsClauses(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a new clause after the quote is not its cue",
			reason: `"Q," while X replied …: "while" opens another clause`,
			text:   `Carl Dent said the mayor was "learning on the job," while the mayor replied that he was not.`,
			want:   []attributed{{"learning on the job,", "Carl Dent", "cue-sentence"}},
		},
		{
			name:   "two fragments before one cue",
			reason: `"Q1" and "Q2," X said: both fragments are X's`,
			text:   `Guns are "a health crisis" and "a moral failure," Pat Dunne told the convention.`,
			want: []attributed{
				{"a health crisis", "Pat Dunne", "cue-sentence"},
				{"a moral failure,", "Pat Dunne", "cue-adjacent"},
			},
		},
		{
			name:   "relative clause in the apposition",
			reason: `"who advised two governors" describes the speaker and keeps the split quote his`,
			text: `"Voters are tired," says Tom Reyes, a pollster who advised two governors. ` +
				`"They want results."`,
			want: []attributed{
				{"Voters are tired,", "Tom Reyes", "cue-adjacent"},
				{"They want results.", "Tom Reyes", "split-quote"},
			},
		},
	})
}

func TestNewsInfinitives(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "object of the verb before to",
			reason: `"prompted X to call Y 'Q'": X does the calling`,
			text:   `The remark prompted Senator Ruth Pellow to call the plan "a fantasy."`,
			want:   []attributed{{"a fantasy.", "Ruth Pellow", "cue-sentence"}},
		},
		{
			name:   "subject of the verb before to",
			reason: `"X refused to call it 'Q'": X speaks`,
			text:   `Governor Ed Marsh refused to call the vote "a defeat."`,
			want:   []attributed{{"a defeat.", "Ed Marsh", "cue-sentence"}},
		},
		{
			name:   "adjective after be",
			reason: `"X was quick to add that …": X adds`,
			text:   `After the vote, Ed Marsh was quick to add that the deal "is not final."`,
			want:   []attributed{{"is not final.", "Ed Marsh", "cue-sentence"}},
		},
	})
}

func TestNewsWindows(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a title inside the sentence",
			reason: `a show's title in quotes is narration: the gerund still reaches the sentence's subject`,
			text: `On Sunday, Senator Ana Ruiz went further, stating on the program "Week in Review" ` +
				`that the governor's "judgment" was "clearly lacking."`,
			want: []attributed{
				{"judgment", "Ana Ruiz", "cue-sentence"},
				{"clearly lacking.", "Ana Ruiz", "split-quote"},
			},
		},
		{
			name:   "fragments before a cue at the end of the sentence",
			reason: `"… did not find 'Q1,' aside from 'Q2,' said the director, X": both are X's`,
			text: `Investigators did not find "ties of any kind," aside from the two men meeting "once or twice" ` +
				`at a gym, said the agency's director, Ben Okafor, on Monday.`,
			want: []attributed{
				{"ties of any kind,", "Ben Okafor", "cue-sentence"},
				{"once or twice", "Ben Okafor", "split-quote"},
			},
		},
		{
			name:   "a relaying report does not take the quote",
			reason: `"Q1," X said, according to a pool report. "Q2.": the report only relays X's words`,
			text: `"They want action," Mayor Lin Ortiz said of the families, according to a pool report. ` +
				`"So do I."`,
			want: []attributed{
				{"They want action,", "Lin Ortiz", "cue-adjacent"},
				{"So do I.", "Lin Ortiz", "split-quote"},
			},
		},
	})
}

func TestNewsColon(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "subordinate clause before the subject",
			reason: `"When X died, Y released the following statement:": Y is the main clause's subject`,
			text: `When the old mayor Sam Dorn died, Governor Ann Pike released the following statement:` +
				"\n\n" + `"He served the city well and we will miss him."`,
			want: []attributed{{"He served the city well and we will miss him.", "Ann Pike", "colon"}},
		},
		{
			name:   "participial phrase before the subject",
			reason: `"Thanking X for the award, Y added:": Y is the main clause's subject, X only the participle's object`,
			text: `Thanking the mayor Sam Dorn for the award, Governor Ann Pike added:` +
				"\n\n" + `"This belongs to the whole city."`,
			want: []attributed{{"This belongs to the whole city.", "Ann Pike", "colon"}},
		},
		{
			name:   "an object before the colon does not speak",
			reason: `"X called them on it:": "it" is an object, X introduces the quote`,
			text: `The network's moderators mocked the candidates. Senator Ed Roy called them on it:` +
				"\n\n" + `"This is not a game show."`,
			want: []attributed{{"This is not a game show.", "Ed Roy", "colon"}},
		},
	})
}

func TestNewsHeadlineNames(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "two people in a title-case headline",
			reason: `"Ann Pike Endorses Ted Cruz" holds two names and a verb, not one name that would merge them`,
			text: "Ann Pike Endorses Ted Cruz Before the Primary.\n\n" +
				`Ann Pike threw her support behind Sen. Ted Cruz on Monday, saying the country needs ` +
				`"a real fighter in the White House."`,
			want: []attributed{{"a real fighter in the White House.", "Ann Pike", "cue-sentence"}},
		},
		{
			name:   "a middle name is no second person",
			reason: `"Justin Ki Hong" stays one name: the given name after a name needs a surname of its own`,
			text:   `"We felt stateless," said Justin Ki Hong, 33.`,
			want:   []attributed{{"We felt stateless,", "Justin Ki Hong", "cue-adjacent"}},
		},
	})
}

func TestNewsStatements(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a cue ending its sentence before the quotation",
			reason: `"X said in a statement. 'Q'": the statement is the quotation that follows`,
			text: `Sam Lowe, the party's spokesman, said in a statement. ` +
				`"There are no ballots to recount."`,
			want: []attributed{{"There are no ballots to recount.", "Sam Lowe", "colon"}},
		},
		{
			name:   "a cue with what was said is no introduction but a report",
			reason: `"X said that …." is no colon-like introduction; the quotation that follows carries on X's report (cue-sentence)`,
			text: `Sam Lowe said that the count was over. ` +
				`"There are no ballots to recount."`,
			want: []attributed{{"There are no ballots to recount.", "Sam Lowe", "cue-sentence"}},
		},
		{
			name:   "a sharper verb of speech",
			reason: `"sniped" reports words like "said"`,
			text:   `Walt Hume sniped that the new chief was "learning on the job."`,
			want:   []attributed{{"learning on the job.", "Walt Hume", "cue-sentence"}},
		},
	})
}

func TestNewsDatelineAndParty(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "dateline before the subject",
			reason: `"Washington (AFP) – X …, saying": the agency in the dateline is not the subject`,
			text: `Washington (AFP) – Senator Helen Park has taken a swipe at her rival's stance on trade, ` +
				`saying that "bombastic comments" do more harm than good.`,
			want: []attributed{{"bombastic comments", "Helen Park", "cue-sentence"}},
		},
		{
			name:   "party label before a name",
			reason: `"Democrat X" is X: the party is no part of the name`,
			text:   `"We will lose," said Democrat Sam Lee.`,
			want:   []attributed{{"We will lose,", "Sam Lee", "cue-adjacent"}},
		},
	})
}

func TestNewsGerunds(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "object before the gerund",
			reason: `"X emailed supporters saying: 'Q'": the supporters are the object, X speaks`,
			text:   `Senator Ruth Vale emailed supporters saying: "The fight goes on."`,
			want:   []attributed{{"The fight goes on.", "Ruth Vale", "cue-adjacent"}},
		},
		{
			name:   "gerund after a quoted fragment",
			reason: `"X insisted it was 'Q1' …, while adding, 'Q2'": the gerund reaches back past the fragment`,
			text: `In a 2014 interview, Al Dorn insisted it was "premature" to back the senator's campaign ` +
				`while adding on trade matters, "I have no doubt she means well."`,
			want: []attributed{
				{"premature", "Al Dorn", "cue-sentence"},
				{"I have no doubt she means well.", "Al Dorn", "cue-adjacent"},
			},
		},
		{
			name:   "dateline with a date",
			reason: `"PARIS, July 25 (UPI) — X …, offering 'Q'": the agency is the dateline's`,
			text: `PARIS, July 25 (UPI) — The party's national committee released a statement Monday, ` +
				`offering "a sincere apology" to the senator.`,
			want: []attributed{{"a sincere apology", "the party's national committee", "cue-adjacent"}},
		},
	})
}

func TestNewsSentenceEnd(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a full stop ends the quotation's sentence",
			reason: `"Q." She writes that …: the next sentence's verb is not the quotation's cue`,
			text: `Senator Ada Fox said on Thursday that the remark by her aide "was careless." ` +
				`She writes that "there is no room for it."`,
			want: []attributed{
				{"was careless.", "Ada Fox", "cue-sentence"},
				{"there is no room for it.", "Ada Fox", "cue-sentence"},
			},
		},
	})
}

func TestNewsSignaturesAndNounCues(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "signature paragraph under a quoted claim",
			reason: `a paragraph of only "- Name." signs the quotation paragraph above it (fact-check style)`,
			text: "The checks below list the claims we looked at.\n\n" +
				"“We were wrong about the costs and we said so at the time.”\n\n" +
				"- Jane Roe.\n\n" +
				"The senator is relying on old figures.",
			want: []attributed{{"We were wrong about the costs and we said so at the time.", "Jane Roe", "dash"}},
		},
		{
			name:   "a signature must be only the name",
			reason: `"- Jane Roe, who …" is a sentence, not a signature`,
			text: "“We were wrong about the costs.”\n\n" +
				"- Jane Roe, who ran the fund, left in May.",
			want: []attributed{{"We were wrong about the costs.", "", "none"}},
		},
		{
			name:   "a cue verb's bare form after a and a modifier is a noun",
			reason: `"an executive order" holds no speech verb: the sentence's cue is "said"`,
			text:   `Mayor Ann Toll said an executive order would “restore some order” by May.`,
			want:   []attributed{{"restore some order", "Ann Toll", "cue-sentence"}},
		},
		{
			name:   "a speech verb after a modal is not the quotation's cue",
			reason: `"the board should reiterate" is wished-for speech: the words quoted are the speaker's who said it`,
			text:   `Nina Lu said on Monday that the board should reiterate its ties to “loyal partners,” naming three.`,
			want:   []attributed{{"loyal partners,", "Nina Lu", "cue-sentence"}},
		},
		{
			name:   "expressed confidence that",
			reason: `"X expressed confidence that …" reports X's words: the nearest cue, not an earlier one`,
			text:   `The mayor spoke on the radio beginning Monday, in which Mary Cole expressed confidence that the dispute would not become “a lasting problem.”`,
			want:   []attributed{{"a lasting problem.", "Mary Cole", "cue-sentence"}},
		},
		{
			name:   "a place-born modifier is no part of the name",
			reason: `"Irish-born Tom Reyes" names Tom Reyes; "Irish-born" only says where he was born`,
			text:   "Irish-born Tom Reyes has little hope of a visa.\n\n“I was stunned,” said Reyes, 51.",
			want:   []attributed{{"I was stunned,", "Tom Reyes", "cue-adjacent"}},
		},
		{
			name:   "the only person of the paragraph is an object",
			reason: `"described Lee sitting …": Lee is described, not speaking; the quotation stays unattributed rather than guessed`,
			text:   `One account described Lee sitting "glumly on the podium" all night.`,
			want:   []attributed{{"glumly on the podium", "", "none"}},
		},
		{
			name:   "the only person of the paragraph is its subject",
			reason: `a paragraph whose one person opens the clause gives that person the quotation`,
			text:   `At the rally Ann Lee opened with a call for voters to "come home" in November.`,
			want:   []attributed{{"come home", "Ann Lee", "paragraph-speaker"}},
		},
		{
			name:   "passive agent of a naming verb",
			reason: `labeled a "Q" by X: X used the words`,
			text:   `The inquiry, often labeled a "fishing trip" by its critics in the Senate, goes on.`,
			want:   []attributed{{"fishing trip", "its critics", "according-to"}},
		},
		{
			name:   "as described by, later in the sentence",
			reason: `"Q" …, as described by X: X used the words, like "according to X"`,
			text:   `She was "deeply careless" in handling the files, as described by Inspector General Ruth Mayer.`,
			want:   []attributed{{"deeply careless", "Ruth Mayer", "according-to"}},
		},
		{
			name:   "a verb that does not govern the quotation",
			reason: `reported in a "Q" by X: X wrote the piece, the words are the speaker's who called it so`,
			text:   `The loan was reported in a "smear job" by the Daily Ledger.`,
			want:   []attributed{{"smear job", "", "none"}},
		},
		{
			name:   "a report speaks as an outlet does",
			reason: `"an internal audit said": news takes a writing as the source, not the person named before it`,
			text:   `Governor Tim Pellow praised the dam, which an internal audit said was "unsafe at any water level."`,
			want:   []attributed{{"unsafe at any water level.", "an internal audit", "cue-sentence"}},
		},
		{
			name:   "the noun after the verb opens the reported clause",
			reason: `"X, a long apposition, said his boss was "Q"": "his boss" is the clause's subject, not an inverted speaker`,
			text:   `Ed Ruiz, a driver on the TV show "Fast Lane," who went on to work for the firm, said his boss was "always fair to me."`,
			want:   []attributed{{"always fair to me.", "Ed Ruiz", "cue-sentence"}},
		},
		{
			name:   "an -ing form after have is a modifier and that opens a clause",
			reason: `"require that doctors have admitting privileges" holds no speaker: the quotation paragraph continues the one who spoke before`,
			text: "Ann Roe also spoke about the case. The rules require that doctors have admitting privileges.\n\n" +
				"“A right you cannot reach is no right at all.”",
			want: []attributed{{"A right you cannot reach is no right at all.", "Ann Roe", "continuation"}},
		},
		{
			name:   "party and state in brackets before the verb",
			reason: `"Sen. X (R-Tex.) said": the bracketed affiliation stands between the name and its verb`,
			text:   `"It is a disgrace," Sen. Ted Ruiz (R-Tex.) said. Ann Lee (D) said the bill was "a good start."`,
			want: []attributed{
				{"It is a disgrace,", "Ted Ruiz", "cue-adjacent"},
				{"a good start.", "Ann Lee", "cue-sentence"},
			},
		},
		{
			name:   "brackets before an apposition",
			reason: `"Sen. X (R-Tex.), a candidate, said": the name before the brackets heads the apposition`,
			text:   `Sen. Ted Ruiz (R-Tex.), a candidate for president, said the bill was "a disgrace."`,
			want:   []attributed{{"a disgrace.", "Ted Ruiz", "cue-sentence"}},
		},
		{
			name:   "a speech verb with an utterance noun before the words",
			reason: `"X tweeted a warning." then the words: what X tweeted follows in the next sentence`,
			text:   `Sen. Ted Ruiz, a candidate for president, tweeted a warning. "Remember in November who voted."`,
			want:   []attributed{{"Remember in November who voted.", "Ted Ruiz", "colon"}},
		},
		{
			name:   "each between the subject and its verb",
			reason: `"what X and Y each called "Q"": "each" stands where "also" or "both" may`,
			text:   `After what the Valley Courier and the City Herald each called a "bad stretch" for Lee, her numbers slid.`,
			want:   []attributed{{"bad stretch", "City Herald", "cue-sentence"}},
		},
		{
			name:   "a noun that is also a verb modifies the head",
			reason: `"a state official said": "state" is a noun here, not the verb`,
			text:   `"We are ready," a state official said.`,
			want:   []attributed{{"We are ready,", "a state official", "cue-adjacent"}},
		},
		{
			name:   "the agent of a participle is not the subject",
			reason: `"a man hired by Lee said": the man speaks; Lee only hired him`,
			text:   `A man hired by Ann Lee said the site was "a mess."`,
			want:   []attributed{{"a mess.", "a man", "cue-sentence"}},
		},
		{
			name:   "a person of an organisation",
			reason: `"X of the Y Institution said": X speaks, the organisation only says where X works`,
			text:   `Ann Glas of the Brookings Institution said the wage was a "living wage" at best.`,
			want:   []attributed{{"living wage", "Ann Glas", "cue-sentence"}},
		},
		{
			name:   "according to a work by someone",
			reason: `"according to calculations by X": X is the source`,
			text:   `A "fair rent" comes to roughly $900 a month, according to estimates by Ann Glas of the county college.`,
			want:   []attributed{{"fair rent", "Ann Glas", "according-to"}},
		},
		{
			name:   "a verb joined by and after a quoted fragment",
			reason: `X faults Y for "Q1" and claims that "Q2": the subject before the fragment speaks both`,
			text:   `Ann Lee faults Bo Park for taking "more money from banks" and claims that "banks made him rich."`,
			want: []attributed{
				{"more money from banks", "Ann Lee", "cue-sentence"},
				{"banks made him rich.", "Ann Lee", "cue-sentence"},
			},
		},
		{
			name:   "the subject of a relative clause joined by and",
			reason: `the treaty, which X had called "Q1" and vowed to "Q2": X, not the treaty, speaks`,
			text:   `And the River Treaty, which Bo Park had called "a sham" and vowed to "tear up"? He praised it.`,
			want: []attributed{
				{"a sham", "Bo Park", "cue-adjacent"},
				{"tear up", "Bo Park", "cue-sentence"},
			},
		},
	})
}

func TestNewsPronouns(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a same-sentence name of unknown gender",
			reason: `"Kerr said ..., which he called": "he" is Kerr, not the man named paragraphs back`,
			text: "John Marsh, the mayor, spoke first.\n\nThe council met for an hour.\n\n" +
				`Taylor Kerr said the vote was "a relief" after the long fight, which he called "a test of will."`,
			want: []attributed{
				{"a relief", "Taylor Kerr", "cue-sentence"},
				{"a test of will.", "Taylor Kerr", "cue-adjacent"},
			},
		},
	})
}

func TestNewsDemonymNames(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a demonym that is a given name",
			reason: `"said German Vega": a nationality before a bare surname is the first name, not Carlos Vega's nationality`,
			text:   "Carlos Vega wrote the play.\n\n" + `"We laugh at it all," said German Vega, one of the actors.`,
			want:   []attributed{{"We laugh at it all,", "German Vega", "cue-adjacent"}},
		},
		{
			name:   "a demonym before a title",
			reason: `"said Russian President X": the nationality is no part of the name`,
			text:   `"It is over," said Russian President Ivan Petrov.`,
			want:   []attributed{{"It is over,", "Ivan Petrov", "cue-adjacent"}},
		},
		{
			name:   "a demonym before a full name",
			reason: `"said Polish X Y": the nationality is no part of the name`,
			text:   `"I fell twice," said Polish Ada Kunz after the race.`,
			want:   []attributed{{"I fell twice,", "Ada Kunz", "cue-adjacent"}},
		},
	})
}

func TestNewsParticiples(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a participle and a day between subject and verb",
			reason: `"A new ad released Thursday accuses": the ad is the subject, "Thursday" no speaker`,
			text:   `A new radio ad released Thursday accuses the mayor of selling favors "in a long pattern of graft."`,
			want:   []attributed{{"in a long pattern of graft.", "a new radio ad", "cue-sentence"}},
		},
		{
			name:   "an irregular participle and a time phrase",
			reason: `"A letter sent last week says": the letter says it`,
			text:   `A letter sent last week says the plan is "dead on arrival."`,
			want:   []attributed{{"dead on arrival.", "a letter", "cue-sentence"}},
		},
		{
			name:   "an acronym modifying a description",
			reason: `"a campaign TV ad": the acronym and its noun go on the description`,
			text:   `A campaign TV ad released Monday calls the mayor "a friend of graft."`,
			want:   []attributed{{"a friend of graft.", "a campaign TV ad", "cue-sentence"}},
		},
	})
}

func TestNewsReportingFrame(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a speech act inside what someone said",
			reason: `"Lee said that Ruiz begged him … and “Q”": the words are Lee's account`,
			text:   `Lee said that Ruiz begged him for help last year and "would have done anything" to get it.`,
			want:   []attributed{{"would have done anything", "Lee", "cue-sentence"}},
		},
		{
			name:   "an infinitive speech act inside what someone said",
			reason: `"Kim said Ruiz was right to urge them “Q”": Kim is the source`,
			text:   `Kim said Ruiz was right to urge local leaders "to speak up and be heard."`,
			want:   []attributed{{"to speak up and be heard.", "Kim", "cue-sentence"}},
		},
		{
			name:   "the inner verb introduces the quotation",
			reason: `"Kim said Ruiz warned them: “Q”": the inner cue introduces the words, Ruiz's`,
			text:   `Kim said Ruiz warned them: "Stay home."`,
			want:   []attributed{{"Stay home.", "Ruiz", "cue-adjacent"}},
		},
	})
}

func TestNewsPossessiveClaims(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "his comment that",
			reason: `"Lee stood by her comment Monday that “Q”": the owner of the comment said it, not the one who speaks later`,
			text:   `As the debate went on, Ann Lee stood by her comment Monday that "taxes are theft and always will be," and Ruiz again pushed back.`,
			want:   []attributed{{"taxes are theft and always will be,", "Ann Lee", "cue-sentence"}},
		},
		{
			name:   "a name's conclusion that",
			reason: `"by X's conclusion that her acts were “Q”": X concluded it, not the subject of the sentence's "say"`,
			text:   `Both mayors insist they were never troubled by Police Chief Jim Cole's conclusion that her conduct was "plainly reckless."`,
			want:   []attributed{{"plainly reckless.", "Jim Cole", "cue-sentence"}},
		},
		{
			name:   "a claim that is the subject of a reported clause",
			reason: `"X said that Lee's claim that … is “Q”": the quoted predicate is X's`,
			text:   `Aide Tom Birch said Thursday that Lee's claim that the mayor favors the tax is "simply false."`,
			want:   []attributed{{"simply false.", "Tom Birch", "cue-sentence"}},
		},
	})
}

func TestNewsPerfectParticiples(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "having and a speech verb",
			reason: `"Lee erred, having called him “Q”": the main clause's subject called him so`,
			text:   `Lee misjudged the leader, having called him "a true reformer of the state."`,
			want:   []attributed{{"a true reformer of the state.", "Lee", "cue-sentence"}},
		},
		{
			name:   "refer to as",
			reason: `"having referred to him as “Q”": "refer to … as" names what someone called something`,
			text:   `Ann Ruiz misread the envoy, having referred to the man as "the one person who can fix the port."`,
			want:   []attributed{{"the one person who can fix the port.", "Ann Ruiz", "cue-sentence"}},
		},
		{
			name:   "adverbs between having and the verb",
			reason: `"having once described X as “Q”": an adverb or two may stand after "having"; the clause's subject still spoke`,
			text:   `Mayor Ilse Varga defended the budget against Councilman Rolf Ek, having once described the old plan as "a leaky bucket."`,
			want:   []attributed{{"a leaky bucket.", "Ilse Varga", "cue-sentence"}},
		},
		{
			name:   "an -ly adverb after having",
			reason: `"having repeatedly called it “Q”": an -ly adverb is skipped like "once"`,
			text:   `Bo Lindqvist left the kitchen to Pia Sand, having repeatedly called the menu "a museum piece."`,
			want:   []attributed{{"a museum piece.", "Bo Lindqvist", "cue-sentence"}},
		},
	})
}

func TestNewsPrepositionalAs(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "as before a noun phrase opens no clause",
			reason: `"promoted Ruiz as the winner of the debates and has taunted": "the winner" is no subject; Birch taunted`,
			text:   `Tom Birch hailed Ruiz on the radio as the victor of the forums and has taunted the Lee team for "losing to a retired dentist."`,
			want:   []attributed{{"losing to a retired dentist.", "Tom Birch", "cue-sentence"}},
		},
		{
			name:   "a capitalised word and a role open the sentence",
			reason: `"Campaign manager Tom Birch … and has called": the name is the subject, not "Campaign"`,
			text:   `Campaign manager Tom Birch even promoted Ruiz online and has called the plan "dead on arrival."`,
			want:   []attributed{{"dead on arrival.", "Tom Birch", "cue-sentence"}},
		},
		{
			name:   "as opening a clause",
			reason: `"as the mayor said and …": "as" with a verb after its subject opens a clause`,
			text:   `The vote failed, as the mayor warned and later told the council it was "a day of shame."`,
			want:   []attributed{{"a day of shame.", "the mayor", "cue-sentence"}},
		},
	})
}

func TestNewsColonObjects(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "the object of a preposition before a colon",
			reason: `"X contrasted the mayor, whom he described as “v”, with Lee: “Q”": X speaks, not Lee nor the naming verb's subject`,
			text:   `Tom Birch blasted Ruiz, calling him a "sinking ship," and contrasted the mayor, whom he described as "erratic," with Lee: "Everything I know of her says she is calm under fire."`,
			want: []attributed{
				{"sinking ship,", "Tom Birch", "cue-sentence"},
				{"erratic,", "Tom Birch", "cue-sentence"},
				{"Everything I know of her says she is calm under fire.", "Tom Birch", "split-quote"},
			},
		},
	})
}

func TestNewsReportedBefore(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "reported speech then the words",
			reason: `"X says the mill was quiet since Y left. “Q”": the quotation carries on what X reports, though the paragraph names two people`,
			text:   `Ivo Brandt says the mill has been quiet since his partner Karl Lenz retired. "Nobody knows what happens to the looms now."`,
			want:   []attributed{{"Nobody knows what happens to the looms now.", "Ivo Brandt", "cue-sentence"}},
		},
		{
			name:   "an opening phrase before the subject",
			reason: `"With the crowd gone, X told reporters that …. “Q”": the subject after an opening phrase still opens the main clause`,
			text:   `With the crowd gone, Lina Oduya told reporters that the vote would wait for Omar Haile. "We can count, and we are short."`,
			want:   []attributed{{"We can count, and we are short.", "Lina Oduya", "cue-sentence"}},
		},
		{
			name:   "a thing that reports is no speaker",
			reason: `"The ledger shows the mill lost money. “Q”": a non-agent noun as the reporting subject gives no speaker`,
			text:   `The ledger says the mill has lost money for a year. "Nobody knows what happens to the looms now."`,
			want:   []attributed{{"Nobody knows what happens to the looms now.", "", "none"}},
		},
	})
}

func TestNewsLongApposition(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a long apposition with a name inside",
			reason: `"X, a judge who sat with Y on the bench for years before she …, said": the sentence's opening name is the subject, however long its apposition`,
			text: `Ruth Abney, a retired judge who heard tax cases with Tom Ide on the county bench for two decades before she ` +
				`joined the zoning board in 2009, said the ruling was "a serious mistake."`,
			want: []attributed{{"a serious mistake.", "Ruth Abney", "cue-sentence"}},
		},
		{
			name:   "a name in apposition to a role of a place",
			reason: `"the harbour master of Port Ellis, X, said": the place is the object of "of"; the name between the commas speaks`,
			text:   `"The water is rising faster than we planned for," the harbour master of Port Ellis, Dana Quill, said on Friday.`,
			want:   []attributed{{"The water is rising faster than we planned for,", "Dana Quill", "cue-sentence"}},
		},
		{
			name:   "a name in apposition to the head of an agency",
			reason: `"The head of the X Authority, Y, said": the agency is the object of "of"; the name between the commas speaks`,
			text:   `The head of the Ellis Port Authority, Dana Quill, said the levee was "holding for now."`,
			want:   []attributed{{"holding for now.", "Dana Quill", "cue-sentence"}},
		},
		{
			name:   "a description, then its name between commas",
			reason: `"a ferry pilot, X, told …": the name in apposition to the description is the speaker`,
			text:   `A ferry pilot, Marek Pellow, told the inquiry that the fog had been "thick as wool."`,
			want:   []attributed{{"thick as wool.", "Marek Pellow", "cue-sentence"}},
		},
	})
}

func TestNewsHeadLinks(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "staff at an institution",
			reason: `"Nurses at the X Clinic said": the clinic is where they work; the nurses speak`,
			text:   `Nurses at the Brookvale Clinic said the night shift was "stretched past its limit."`,
			want:   []attributed{{"stretched past its limit.", "Nurses", "cue-sentence"}},
		},
		{
			name:   "a lawyer for a firm",
			reason: `"a lawyer for X said": the firm is the client; the lawyer speaks`,
			text:   `A lawyer for Castell Freight said the company would "fight every count."`,
			want:   []attributed{{"fight every count.", "a lawyer", "cue-sentence"}},
		},
		{
			name:   "an apposition without its closing comma",
			reason: `"X, the spokesman for the Y Party said": the name before the description speaks, though the second comma is missing`,
			text:   `Orla Benn, the press officer for the Valley Farmers League said the harvest was "the worst in years."`,
			want:   []attributed{{"the worst in years.", "Orla Benn", "cue-sentence"}},
		},
		{
			name:   "they refers to the head, not the body after at",
			reason: `"Nurses at the X Clinic warned … They said": "they" takes the nurses, the head of the phrase, not the clinic named after "at"`,
			text:   `Nurses at the Brookvale Clinic warned of a shortage of beds on Monday. They said the night shift was "stretched past its limit."`,
			want:   []attributed{{"stretched past its limit.", "Nurses", "cue-sentence"}},
		},
	})
}

func TestNewsRejectAs(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "reject as after a clause with its own cue",
			reason: `"X suggested …; the Y union rejects that plan as “Q”": "reject … as" names the word, so the second clause's subject speaks`,
			text:   `The ferry operator suggested Sunday sailings; the Dockhands Guild rejects that plan as "unsafe for crews."`,
			want:   []attributed{{"unsafe for crews.", "Dockhands Guild", "cue-sentence"}},
		},
	})
}

func TestNewsClaimWithTitledName(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a title in the claim's clause",
			reason: `"X's claim that President Y “Q”": the possessive description stops at "that", so the claim stays X's and the title opens the clause's own name`,
			text:   `Tom Vale's claim that President Ike Moss "rigged the whole count" has not been backed by any auditor.`,
			want:   []attributed{{"rigged the whole count", "Tom Vale", "cue-sentence"}},
		},
	})
}

func TestNewsItForUnmarkedName(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a two-word firm in the paragraph before",
			reason: `"it said" stands for a name that nothing marks as a person`,
			text:   "Corbel Glassworks halted its furnaces on Friday.\n\n\"The sand costs too much now,\" it said.",
			want:   []attributed{{"The sand costs too much now,", "Corbel Glassworks", "cue-adjacent"}},
		},
		{
			name:   "a one-word firm in the sentence before",
			reason: `a one-word name of unknown kind is an organisation that "it" may stand for`,
			text:   `Quillmark sold its printing arm. "We keep the paper mills," it said.`,
			want:   []attributed{{"We keep the paper mills,", "Quillmark", "cue-adjacent"}},
		},
		{
			name:   "a person is no it",
			reason: `a known first name marks a person, whom "it" never stands for`,
			text:   "Tessa Marlow halted the furnaces on Friday.\n\n\"The sand costs too much now,\" it said.",
			want:   []attributed{{"The sand costs too much now,", "", "none"}},
		},
	})
}

func TestNewsJointSpeakers(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "two names as one subject",
			reason: `"X and Y issued a statement calling …": the pair speaks, not X alone`,
			text:   `Ada Moss and Ben Pellow issued a statement calling the new bridge "a triumph of engineering."`,
			want:   []attributed{{"a triumph of engineering.", "Ada Moss and Ben Pellow", "cue-sentence"}},
		},
		{
			name:   "the pair after the quotation",
			reason: `"Q," X and Y said: the subject found is the second name, the pair still speaks`,
			text:   `"We are pleased with the vote," Ada Moss and Ben Pellow said.`,
			want:   []attributed{{"We are pleased with the vote,", "Ada Moss and Ben Pellow", "cue-sentence"}},
		},
		{
			name:   "a cue in a later clause",
			reason: `"X and Y argued …, with X promising …": after a comma the cue has a subject of its own`,
			text:   `Ada Moss and Ben Pellow argued for hours about the budget, with Moss promising "no new tolls."`,
			want:   []attributed{{"no new tolls.", "Ada Moss", "cue-adjacent"}},
		},
	})
}

func TestNewsOrgNameWithFor(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "for inside a body's name",
			reason: `"the Ministry for Coastal Fisheries": the words after "for" are the body's, not a person "she" could mean`,
			text: "Inspectors at the Ministry for Coastal Fisheries say the quota rules are ignored.\n\n" +
				"A junior inspector described the night checks. \"We were sent out alone,\" she said.",
			want: []attributed{{"We were sent out alone,", "a junior inspector", "cue-adjacent"}},
		},
	})
}

func TestNewsDocumentVoice(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "the statement said",
			reason: `"“Q,” the statement said": the author of the statement named before speaks`,
			text: "The cellist Orla Venn cancelled her tour on Monday in a statement issued by her manager.\n\n" +
				"\"My hands need rest,\" the statement said.",
			want: []attributed{{"My hands need rest,", "Orla Venn", "cue-adjacent"}},
		},
		{
			name:   "read the letter, owned by a possessive",
			reason: `"“Q,” read the letter" after "Holm's letter": the owner before the noun speaks`,
			text: "Councillors received Pavel Holm's letter of resignation on Friday.\n\n" +
				"\"I can no longer serve with a clear conscience,\" read the letter.",
			want: []attributed{{"I can no longer serve with a clear conscience,", "Pavel Holm", "cue-adjacent"}},
		},
		{
			name:   "a possessive pronoun owns the statement",
			reason: `"in her statement" … "“Q,” the statement said": "her" refers back to the author`,
			text: "Judge Mirela Stoyan stepped down from the tribunal on Tuesday.\n\n" +
				"In her statement, she thanked the clerks. \"They kept the court running,\" the statement said.",
			want: []attributed{{"They kept the court running,", "Mirela Stoyan", "cue-adjacent"}},
		},
		{
			name:   "the author after an opening phrase",
			reason: `"In a statement issued by …, X said:" then "“Q,” the statement added": X, the subject after the phrase`,
			text: "In a statement issued through the harbour police, the crew of the trawler Kittiwake said: \"We owe our lives to the lifeboat.\"\n\n" +
				"\"We will never forget that night,\" the statement added.",
			want: []attributed{
				{"We owe our lives to the lifeboat.", "the crew", "cue-adjacent"},
				{"We will never forget that night,", "the crew", "cue-adjacent"},
			},
		},
		{
			name:   "a newspaper named Post",
			reason: `"the Post reported" names a paper, no text whose author is sought`,
			text:   "The Harwick Post covered the vote.\n\n\"The deal is off,\" the Post reported.",
			want:   []attributed{{"The deal is off,", "Post", "cue-adjacent"}},
		},
		{
			name:   "the reader of a text is not its author",
			reason: `"X received a letter … “Q,” the letter said": X read it, so the author is unknown`,
			text:   "Farmer Oskar Lund received a letter on Friday.\n\n\"Your lease ends in May,\" the letter said.",
			want:   []attributed{{"Your lease ends in May,", "the letter", "cue-adjacent"}},
		},
		{
			name:   "no text named before",
			reason: `with no statement earlier, "the statement said" names nobody`,
			text:   "\"We will appeal,\" the statement said.",
			want:   []attributed{{"We will appeal,", "", "none"}},
		},
	})
}

func TestNewsOrgRoleRunSubject(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a club qualifies the role before the name",
			reason: `"Club role X has …, saying": the gerund's subject is X, not the club that opens the run`,
			text:   `Saltmarsh Wanderers goalkeeper Ivo Prentiss has apologised to supporters, saying the error was "entirely mine."`,
			want:   []attributed{{"entirely mine.", "Ivo Prentiss", "cue-sentence"}},
		},
	})
}

func TestNewsQuestionAnswerLabel(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a Q label names no one",
			reason: `Q: "…?" in an explainer: the letter is a label, not a speaker called Q`,
			text: "Readers asked about the new ferry timetable.\n\n" +
				"Q: \"Will the night crossing still run?\"\n\n" +
				"A: Only on Fridays, the operator says.",
			want: []attributed{{"Will the night crossing still run?", "", "none"}},
		},
		{
			name:   "a one-letter name elsewhere still speaks",
			reason: `only a label opening its paragraph is left out; a character called Q after other words still speaks`,
			text:   "The old armourer looked up. Q: \"Mind the pen, it is loaded.\"",
			want:   []attributed{{"Mind the pen, it is loaded.", "Q", "colon"}},
		},
	})
}

func TestNewsQuestionHeadings(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "reader questions as headings",
			reason: `an explainer's quoted questions, each answered by narration, continue no one's speech even after a quote`,
			text: "The library is moving to the old mill. Here is what borrowers need to know.\n\n" +
				"\"Will my card still work?\"\n\n" +
				"Yes. \"Every card stays valid,\" said Ottilie Brunsvik, the head librarian.\n\n" +
				"\"Where do I return books?\"\n\n" +
				"At the mill's side door, from the first of May.",
			want: []attributed{
				{"Will my card still work?", "", "none"},
				{"Every card stays valid,", "Ottilie Brunsvik", "cue-adjacent"},
				{"Where do I return books?", "", "none"},
			},
		},
		{
			name:   "one rhetorical question still continues",
			reason: `a single quoted question after a speaker's quote is that speaker's, as in any news story`,
			text: "\"The mill has room for every shelf,\" said Ottilie Brunsvik.\n\n" +
				"\"Why did we wait so long?\"\n\n" +
				"The move starts in May.",
			want: []attributed{
				{"The mill has room for every shelf,", "Ottilie Brunsvik", "cue-adjacent"},
				{"Why did we wait so long?", "Ottilie Brunsvik", "continuation"},
			},
		},
	})
}

func TestNewsRankAndCallingNouns(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a rank as a common noun",
			reason: `"the brigadier said" for an unnamed officer: a rank is a person noun like "the colonel"`,
			text:   "A retired brigadier backed the plan. \"The bridge must be rebuilt first,\" the brigadier said.",
			want:   []attributed{{"The bridge must be rebuilt first,", "the brigadier", "cue-adjacent"}},
		},
		{
			name:   "a capitalised calling before a name",
			reason: `"Postmistress X said": a calling that opens the sentence is the name's role, not part of the name`,
			text:   "Postmistress Edna Farrow said: \"I cried when they told me.\"",
			want:   []attributed{{"I cried when they told me.", "Edna Farrow", "cue-adjacent"}},
		},
		{
			name:   "a hyphenated sport role before a name",
			reason: `"Runner-up X was gracious": the role that opens the sentence is no part of the name`,
			text:   "Runner-up Beatriz Salgado was gracious. \"She was the better athlete today,\" Salgado told reporters.",
			want:   []attributed{{"She was the better athlete today,", "Beatriz Salgado", "cue-adjacent"}},
		},
		{
			name:   "a capitalised role before a given name the lexicon lacks",
			reason: `"Passenger X Y said": the person noun that opens the sentence is the role even when the given name is unknown`,
			text:   "Passenger Yusra Hamdan said: \"I will never fly with them again.\"",
			want:   []attributed{{"I will never fly with them again.", "Yusra Hamdan", "cue-adjacent"}},
		},
		{
			name:   "a calling as a common noun",
			reason: `"the curator said": an unnamed member of staff is a person description`,
			text:   "\"The vase was never insured,\" the curator said.",
			want:   []attributed{{"The vase was never insured,", "the curator", "cue-adjacent"}},
		},
	})
}

func TestNewsHeadBeforeAgedName(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "an age after the name a head qualifies",
			reason: `"the parents of X, 19, said": the parents speak; the age in commas describes X, not the speaker`,
			text:   "The parents of Lorcan Tisdale, 19, said: \"He was the kindest boy in the village.\"",
			want:   []attributed{{"He was the kindest boy in the village.", "the parents", "cue-adjacent"}},
		},
	})
}

func TestNewsHeadBeforeClassedName(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a common noun classes the name after of",
			reason: `"the crew of the trawler X said": the crew speaks, not the boat named after its class noun`,
			text:   "The crew of the trawler Kittiwake said: \"The engine failed twice before dawn.\"",
			want:   []attributed{{"The engine failed twice before dawn.", "the crew", "cue-adjacent"}},
		},
		{
			name:   "a client named after its trade",
			reason: `"a lawyer for the singer X said": the lawyer speaks`,
			text:   "A lawyer for the singer Jonah Vale said the claim was \"pure invention.\"",
			want:   []attributed{{"pure invention.", "a lawyer", "cue-sentence"}},
		},
	})
}

func TestNewsDescriptionApposition(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "an unnamed source described twice",
			reason: `"one passenger, a woman who asked not to be named, said" and then "she said": one person, named by the first description`,
			text: "One passenger, a woman who asked not to be named, said the ferry listed badly.\n\n" +
				"\"We all slid to the left,\" she said.",
			want: []attributed{{"We all slid to the left,", "one passenger", "cue-adjacent"}},
		},
	})
}

func TestNewsPluralPossessiveDescription(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a plural possessive inside a description",
			reason: `"the dockers' union wrote that …": the apostrophe after "dockers" keeps one description, the union`,
			text:   "The dockers' union wrote that the new cranes were \"a danger to every crew.\"",
			want:   []attributed{{"a danger to every crew.", "the dockers' union", "cue-sentence"}},
		},
	})
}

func TestNewsDocumentVoiceBefore(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "an owned post on a platform",
			reason: `"X's post on LinkedIn read: “Q”": the post's owner speaks, not the platform after "on"`,
			text:   "Marguerite Oyelowo's post on LinkedIn read: \"We shipped every order before the strike.\"",
			want:   []attributed{{"We shipped every order before the strike.", "Marguerite Oyelowo", "cue-adjacent"}},
		},
		{
			name:   "a person after the preposition is no platform",
			reason: `"this tweet from X, who tweeted, “Q”": X is named in the phrase, so the usual cue rule speaks`,
			text:   "Tobias Renn posted first. Among the replies was this tweet from Ilse Marwick, who tweeted, \"Not again.\"",
			want:   []attributed{{"Not again.", "Ilse Marwick", "cue-adjacent"}},
		},
	})
}

func TestNewsPriorSource(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a source of unknown sex quoted in the next sentence",
			reason: `"X said …. “Q,” she said.": the source just reported speaks, not the woman named paragraphs before`,
			text: "Skipper Maud Ferrier said the harbour wall had cracked. \"It moved an inch,\" she said.\n\n" +
				"Ode Lindqvist said he would not sail until it was fixed. \"Not a chance,\" he said.\n\n" +
				"A dock worker, who asked not to be named, said she had seen the crack widen. \"It grows every tide,\" she said.",
			want: []attributed{
				{"It moved an inch,", "Maud Ferrier", "cue-adjacent"},
				{"Not a chance,", "Ode Lindqvist", "cue-adjacent"},
				{"It grows every tide,", "a dock worker", "cue-adjacent"},
			},
		},
		{
			name:   "a name opening the sentence before, with no speech verb",
			reason: `"X, 81, has drunk there for years. “Q,” he says.": the person who opens the sentence before, not "their father" named paragraphs back`,
			text: "The sisters took over after their father died.\n\n" +
				"\"We never thought of selling,\" Orla Tierney says.\n\n" +
				"Keld Hale, 81, has drunk at the bar for sixty years. \"The sisters run it better than he did,\" he says.",
			want: []attributed{
				{"We never thought of selling,", "Orla Tierney", "cue-adjacent"},
				{"The sisters run it better than he did,", "Keld Hale", "cue-adjacent"},
			},
		},
		{
			name:   "a person of the pronoun's sex beside the source",
			reason: `"X said Ann Lee was wrong. “Q,” she said.": a woman named in that sentence keeps the usual search`,
			text: "Chair Ivo Brandt was calm. \"We will vote,\" he said.\n\n" +
				"The treasurer said Greta Holm had misread the accounts. \"I read them twice,\" she said.",
			want: []attributed{
				{"We will vote,", "Ivo Brandt", "cue-adjacent"},
				{"I read them twice,", "Greta Holm", "cue-adjacent"},
			},
		},
	})
}

func TestNewsDocumentVoiceRelative(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a relative clause before the verb",
			reason: `"The post, which was shared 4,000 times, said: “Q”": the clause (and the comma in the number) does not part the noun from its verb`,
			text:   "Mayor Ilka Fenn deleted a post on Monday. The post, which was shared 4,000 times, said: \"Our roads are the best in the county.\"",
			want:   []attributed{{"Our roads are the best in the county.", "Ilka Fenn", "cue-adjacent"}},
		},
		{
			name:   "a relative clause after the quotation",
			reason: `"“Q,” the statement, which …, said": the author of the statement named before speaks`,
			text:   "Mayor Ilka Fenn issued a statement on Monday.\n\n\"We regret nothing,\" the statement, which was signed by the whole council, said.",
			want:   []attributed{{"We regret nothing,", "Ilka Fenn", "cue-adjacent"}},
		},
	})
}

func TestNewsRoleThenNameAfterVerb(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "the role then the name after an inverted verb",
			reason: `"said the saxophonist X, who …": the name speaks; the description before it is X's role`,
			text:   "\"He never rushed a note,\" said the saxophonist Elias Mbeki, who played beside him for years.",
			want:   []attributed{{"He never rushed a note,", "Elias Mbeki", "cue-adjacent"}},
		},
		{
			name:   "the role alone",
			reason: `"said the drummer on Tuesday": with no name after it the description speaks`,
			text:   "\"We tour again in spring,\" said the drummer on Tuesday.",
			want:   []attributed{{"We tour again in spring,", "the drummer", "cue-adjacent"}},
		},
	})
}

func TestNewsEpithetSkipsListener(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "an age epithet after a name told to an outlet",
			reason: `"X told Tarn Sport …. “Q,” the 52-year-old added": the outlet after "told" is the listener, X the one described`,
			text: "Coach Dermot Quaile was furious. \"That was never a penalty,\" Quaile told Tarn Sport.\n\n" +
				"\"Everyone in the ground saw it,\" the 52-year-old added.",
			want: []attributed{
				{"That was never a penalty,", "Dermot Quaile", "cue-adjacent"},
				{"Everyone in the ground saw it,", "Dermot Quaile", "cue-adjacent"},
			},
		},
	})
}

func TestNewsAppositeAfterPlacePhrase(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a name after a description with a place phrase",
			reason: `"A resident of the Bayview estate, X, sent us this message:": the name in apposition speaks, past the capitalised place`,
			text:   "A resident of the Bayview estate, Kemal Aydin, sent us this message: \"The water is up to our front step.\"",
			want:   []attributed{{"The water is up to our front step.", "Kemal Aydin", "colon"}},
		},
		{
			name:   "a state after the town is no name",
			reason: `"A resident of Bayview, Ohio, sent …": the place after the comma is no apposite name; the description speaks`,
			text:   "A resident of Bayview, Ohio, sent us this message: \"The water is up to our front step.\"",
			want:   []attributed{{"The water is up to our front step.", "a resident", "colon"}},
		},
	})
}

func TestNewsDocumentVoiceIt(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "it after a sentence about a text",
			reason: `"X added in a statement: “Q1” / “Q2,” it said.": "it" is the statement, so X speaks`,
			text: "The widower of the late Nell Prowse, Tomas Prowse, added in a statement: \"She was the light of our lives.\"\n\n" +
				"\"We ask for privacy,\" it said.",
			want: []attributed{
				{"She was the light of our lives.", "Tomas Prowse", "cue-adjacent"},
				{"We ask for privacy,", "Tomas Prowse", "cue-adjacent"},
			},
		},
		{
			name:   "a text from a body, dated by a day",
			reason: `"Sunday's note from the governors … “Q1,” it stated. “Q2”": the governors wrote it, not "Sunday"; the second part follows`,
			text: "Sunday's note from the governors explained the closure to parents.\n\n" +
				"\"The roof is unsafe,\" it stated. \"No pupil will return before spring.\"",
			want: []attributed{
				{"The roof is unsafe,", "the governors", "cue-adjacent"},
				{"No pupil will return before spring.", "the governors", "split-quote"},
			},
		},
	})
}

func TestNewsRoleAppositionWithOf(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a relation with a short of phrase, then the name",
			reason: `"His wife of forty years, Mirren, …. “Q,” she says.": the wife is Mirren, so "she" is too`,
			text: "Ansel Brightwater has run the ferry since 1980.\n\n" +
				"His wife of forty years, Mirren, keeps the books. \"He would give the rides away,\" she says.",
			want: []attributed{{"He would give the rides away,", "Mirren", "cue-adjacent"}},
		},
	})
}

func TestNewsLiveBlogTimestamp(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a time stamp and dash before the clause",
			reason: `"10:30 a.m. — A resident, X, sent us this message: “Q”": the stamp opens no clause; the subject follows it`,
			text:   "10:30 a.m. — A resident of the Bayview estate, Kemal Aydin, sent us this message: \"The water is up to our front step.\"",
			want:   []attributed{{"The water is up to our front step.", "Kemal Aydin", "colon"}},
		},
	})
}

func TestNewsHonorificSurnameFirstNamed(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "Mr and a surname two people share",
			reason: `an obituary's "Mr Marsh" is the man the story is about, named first, not his son named since`,
			text: "Gideon Marsh, who built boats for seventy years, died on Monday. He was 96.\n\n" +
				"His son Peter Marsh said his father had worked until spring. \"He could not stop,\" Peter Marsh said.\n\n" +
				"Mr Marsh rarely gave interviews. \"I never wanted to retire,\" he told a local paper in 1998.",
			want: []attributed{
				{"He could not stop,", "Peter Marsh", "cue-adjacent"},
				{"I never wanted to retire,", "Gideon Marsh", "cue-adjacent"},
			},
		},
	})
}

func TestNewsSoleIntroducedSource(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "the official goes on with one civil servant",
			reason: `"One civil servant … said" brings in an unnamed source; a later bare "the official" with no other official met is that source, and names it from then on`,
			text: "Plans to close the coastal ferry were drawn up in secret, according to papers seen by this newspaper.\n\n" +
				"One civil servant, who was not cleared to brief reporters, said the decision was \"made upstairs.\" " +
				"\"Nobody asked the islanders,\" the official said.",
			want: []attributed{
				{"made upstairs.", "the official", "cue-sentence"},
				{"Nobody asked the islanders,", "the official", "cue-adjacent"},
			},
		},
		{
			name:   "the same head noun a paragraph later",
			reason: `"an engineer … said" then, in the next paragraph, "the engineer said": one person, since no other engineer is met`,
			text: "An engineer who inspected the dam last spring said cracks had been reported twice.\n\n" +
				"\"We wrote it up both times,\" the engineer said.",
			want: []attributed{{"We wrote it up both times,", "the engineer", "cue-adjacent"}},
		},
		{
			name:   "a plain person noun introduced with one",
			reason: `"One woman …" then "the woman said" with no other woman met: the same anonymous source, though "the woman" alone never goes back to a named person`,
			text: "One woman, who rents a flat above the bakery, said the smoke alarm \"never made a sound.\"\n\n" +
				"\"I woke up because the dog was barking,\" the woman said.",
			want: []attributed{
				{"never made a sound.", "the woman", "cue-sentence"},
				{"I woke up because the dog was barking,", "the woman", "cue-adjacent"},
			},
		},
		{
			name:   "two of the calling keep the description apart",
			reason: `with "an engineer" and "a second engineer" both met, "the engineer" is neither of them for sure`,
			text: "An engineer who inspected the dam said cracks had been reported. A second engineer agreed.\n\n" +
				"\"We wrote it up both times,\" the engineer said.",
			want: []attributed{{"We wrote it up both times,", "the engineer", "cue-adjacent"}},
		},
	})
}

func TestNewsMediaAccountSpeaker(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a person noun before account",
			reason: `"A supporter account posted": the account speaks, and its name keeps the head noun, not "a supporter"`,
			text:   "The mayor's new logo drew jeers online. A supporter account posted: \"Best thing the council has done all year.\"",
			want:   []attributed{{"Best thing the council has done all year.", "a supporter account", "cue-adjacent"}},
		},
	})
}

func TestNewsHeadlineRoleSpeaker(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a role before the headline's colon",
			reason: `"Mayor: “…”" names its speaker by role; "Mayor Tobias Wren" below holds that role, so the headline's words are his`,
			text: "Mayor: \"The bridge will reopen in June\"\n\n" +
				"Mayor Tobias Wren said on Friday that repairs to the river crossing were ahead of schedule.",
			want: []attributed{{"The bridge will reopen in June", "Tobias Wren", "colon"}},
		},
		{
			name:   "a role after says at the end of the headline",
			reason: `"'…', says Harriers boss": the speaker is "Harriers boss", not the club; the manager named below is the boss`,
			text: "'Our keeper won us the cup', says Harriers boss\n\n" +
				"Harriers manager Colm Brody praised his goalkeeper after the final. \"He was unbeatable,\" Brody said.",
			want: []attributed{
				{"Our keeper won us the cup", "Colm Brody", "cue-adjacent"},
				{"He was unbeatable,", "Colm Brody", "cue-adjacent"},
			},
		},
		{
			name:   "a role in apposition below",
			reason: `"the education minister, Petra Lindqvist" gives the headline's "Minister" a name`,
			text: "Minister: \"No village will lose its school\"\n\n" +
				"The education minister, Petra Lindqvist, told parliament on Tuesday that the closures had been dropped.",
			want: []attributed{{"No village will lose its school", "Petra Lindqvist", "colon"}},
		},
		{
			name:   "a post's title heads the headline's role",
			reason: `"Police chief: “…”": "chief" is a title, not a noun of the lexicon; the chief constable named below holds it`,
			text: "Police chief: \"Crime is falling\"\n\n" +
				"Chief Constable Maura Kettle told reporters that burglaries were down by a third.",
			want: []attributed{{"Crime is falling", "Maura Kettle", "colon"}},
		},
		{
			name:   "a role before the headline's verb",
			reason: `"Lifeboat captain says “…”" opens with its speaker's role and a speech verb; no one below holds it, so the role speaks`,
			text: "Lifeboat captain says \"the old pier must close\"\n\n" +
				"Fishing crews have used the pier for more than a century.",
			want: []attributed{{"the old pier must close", "Lifeboat captain", "cue-adjacent"}},
		},
		{
			name:   "a role as the subject of a headline's second clause",
			reason: `"Bridge shut as engineer warns of “…”": the role before the speech verb after "as" is the speaker, not the whole opening`,
			text: "Bridge shut as engineer warns of \"serious decay\"\n\n" +
				"Engineer Tomas Reyl inspected the span on Monday and ordered it closed to traffic.",
			want: []attributed{{"serious decay", "Tomas Reyl", "cue-sentence"}},
		},
		{
			name:   "a capitalised modifier that is also a speech verb",
			reason: `"Rail boss: '…'": "Rail" could be the verb "rail", but capitalised before the role it qualifies it; the chief executive below is the boss`,
			text: "Rail boss: 'Fares will rise again'\n\n" +
				"The chief executive of Northern Lines, Gail Penrose, said costs had doubled.",
			want: []attributed{{"Fares will rise again", "Gail Penrose", "colon"}},
		},
		{
			name:   "a role after the headline's dash",
			reason: `"“…” – weary lifeboat captain": the role after the dash and a describing word signs the quotation; the captain named below holds it`,
			text: "\"We cannot keep launching in this weather\" – weary lifeboat captain\n\n" +
				"Lifeboat captain Ewan Carrick said his crew had been out eleven times in a week.",
			want: []attributed{{"We cannot keep launching in this weather", "Ewan Carrick", "dash"}},
		},
		{
			name:   "a bare role after the name below",
			reason: `"Amara Nwosu, chief executive of the trust," gives her the post with no determiner; the headline's "Hospital boss" is her`,
			text: "Hospital boss warns of \"a winter crisis\"\n\n" +
				"Amara Nwosu, chief executive of the city hospital trust, said every bed was taken by Monday.",
			want: []attributed{{"a winter crisis", "Amara Nwosu", "cue-sentence"}},
		},
		{
			name:   "nobody below holds the role",
			reason: `with no minister named below, the headline's speaker is the role itself, a person`,
			text: "Minister: \"No village will lose its school\"\n\n" +
				"Parents in three valleys had campaigned for a year against the closures.",
			want: []attributed{{"No village will lose its school", "Minister", "colon"}},
		},
		{
			name:   "two people below hold the role",
			reason: `two ministers named below: the headline's role stays its own speaker rather than a guess`,
			text: "Minister: \"No village will lose its school\"\n\n" +
				"The education minister, Petra Lindqvist, and the finance minister, Jonas Ekdahl, met parents on Tuesday.",
			want: []attributed{{"No village will lose its school", "Minister", "colon"}},
		},
	})
}

func TestNewsRoleAppositionNamedOf(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a role whose of phrase is a name",
			reason: `"The captain of Northgate Cricket Club, Ines Farrow," gives Farrow the role, so the headline's "club captain" is her`,
			text: "'We play with buckets under the roof', says club captain\n\n" +
				"The captain of Northgate Cricket Club, Ines Farrow, said the pavilion had leaked all summer.",
			want: []attributed{{"We play with buckets under the roof", "Ines Farrow", "cue-adjacent"}},
		},
	})
}

func TestNewsSpeakerInOrganisation(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "a person in an organisation",
			reason: `"An inspector in the fire service said": "in" ties the body to the person before it, who is the subject, as "at" and "for" do`,
			text:   `An inspector in the fire service said the warehouse alarms had been "switched off for months."`,
			want:   []attributed{{"switched off for months.", "an inspector", "cue-sentence"}},
		},
	})
}

func TestNewsCitedObjectPronoun(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "him after quoted as saying",
			reason: `"The Gazette quoted him as saying, “Q”": "him" refers back to the man named before, not to the paper that quotes`,
			text:   "Tobias Wendt, the ferry company's owner, sold two boats in March. The Gazette quoted him as saying, \"We could not pay the crews.\"",
			want:   []attributed{{"We could not pay the crews.", "Tobias Wendt", "cue-adjacent"}},
		},
		{
			name:   "her picks the woman of two people",
			reason: `"cited her as saying": the object pronoun resolves by gender to the woman, though a man was named later`,
			text:   "Greta Lindqvist and Paul Osei toured the flooded mill on Friday. A local radio station cited her as saying, \"The roof will not last the winter.\"",
			want:   []attributed{{"The roof will not last the winter.", "Greta Lindqvist", "cue-adjacent"}},
		},
		{
			name:   "quoted her as saying after the quotation",
			reason: `"“Q,” the paper quoted her as saying": the woman quoted speaks, not the paper that opens the cue`,
			text:   `Nadia Vos runs the last bakery on the island. "Flour costs twice what it did," the weekly paper quoted her as saying.`,
			want:   []attributed{{"Flour costs twice what it did,", "Nadia Vos", "cue-adjacent"}},
		},
		{
			name:   "a name quoted after the quotation",
			reason: `"“Q,” the agency quoted X as telling": the object of the citing verb speaks`,
			text:   `"The pass is closed until May," the agency quoted Ivo Brandt as telling reporters.`,
			want:   []attributed{{"The pass is closed until May,", "Ivo Brandt", "cue-adjacent"}},
		},
	})
}

func TestNewsUnnamedSourceModifier(t *testing.T) {
	runNewsCases(t, []newsCase{
		{
			name:   "familiar with",
			reason: `"a person familiar with the talks" names the source by what it knows; the bare "a person" says nothing`,
			text:   "The two airlines are close to a merger. \"The board votes next week,\" a person familiar with the talks said.",
			want:   []attributed{{"The board votes next week,", "a person familiar with the talks", "cue-adjacent"}},
		},
		{
			name:   "with knowledge of, after an inverted verb",
			reason: `"said an official with knowledge of the plan": the phrase ends at the sentence's end`,
			text:   "The depot will close. \"Nobody told the drivers,\" said an official with knowledge of the plan.",
			want:   []attributed{{"Nobody told the drivers,", "an official with knowledge of the plan", "cue-adjacent"}},
		},
		{
			name:   "close to, cut before the verb",
			reason: `"a source close to the family told": the name stops before the verb`,
			text:   "The singer cancelled her tour. \"She needs a long rest,\" a source close to the family told reporters.",
			want:   []attributed{{"She needs a long rest,", "a source close to the family", "cue-adjacent"}},
		},
		{
			name:   "a long object is cut",
			reason: `only a few words of what the source knows are kept, and never a trailing function word`,
			text:   "The plant stays shut. \"It will take months,\" said a person familiar with the regional water board inspection schedule.",
			want:   []attributed{{"It will take months,", "a person familiar with the regional water board", "cue-adjacent"}},
		},
		{
			name:   "a plural source with a number",
			reason: `"two people familiar with the matter said": a number is as indefinite as "a"`,
			text:   `The two insurers resumed their merger talks. "A deal could come within weeks," two people familiar with the matter said.`,
			want:   []attributed{{"A deal could come within weeks,", "two people familiar with the matter", "cue-adjacent"}},
		},
		{
			name:   "briefed on, before a colon-less introduction",
			reason: `"An aide briefed on the plan said, “Q”": the participle link joins the source, and the aide is the subject of "said"`,
			text:   `An aide briefed on the plan said, "The vote is Friday."`,
			want:   []attributed{{"The vote is Friday.", "an aide briefed on the plan", "cue-adjacent"}},
		},
		{
			name:   "a definite description keeps its name",
			reason: `"the official close to the mayor" is someone met before: no source phrase is added`,
			text:   "\"The budget is fine,\" said the official close to the mayor.",
			want:   []attributed{{"The budget is fine,", "the official", "cue-adjacent"}},
		},
	})
}
