/**
 * Invented claim/article pairs for the stance tests (written for this project; no third-party
 * text). One claim, four articles: one that supports it, one that debunks it, one that only
 * reports it as unconfirmed, and one about something else.
 */

/** The claim all articles are checked against. */
export const CLAIM = 'Giant squid washes up on Porthmorlan beach after winter storm';

/** Reports the stranding as fact, with officials confirming it. */
export const SUPPORTING = `A giant squid measuring almost nine metres washed up on Porthmorlan beach on Sunday morning, a day after a winter storm battered the coast.

Coastguard officers confirmed the find and closed part of the beach while marine biologists from the county museum examined the animal.

"It is the largest squid we have ever recorded on this stretch of coast," said Dr Elin Probert, who led the team. "The storm surge almost certainly carried it inshore."

Hundreds of people walked down to the beach to see the squid before the museum removed it by tractor in the afternoon. Its tentacles will be preserved for the museum's collection.`;

/** Says the story is a hoax and the picture fake. */
export const DEBUNKING = `A picture of a so-called giant squid on Porthmorlan beach that spread on social media this week is a hoax, the coastguard said on Tuesday.

The image, shared thousands of times after the winter storm, was doctored: the squid was copied from a photograph taken in New Zealand in 2013 and pasted onto a picture of the beach.

"There was no squid. Nothing washed up on Porthmorlan beach, and nobody from our team found any animal there," a coastguard spokesman said. "The story is simply not true."

Museum staff also denied reports that they had collected the remains, calling the claims fake and urging people to check before sharing.`;

/** Reports the claim without vouching for it. */
export const UNCONFIRMED = `Reports that a giant squid washed up on Porthmorlan beach after the winter storm are circulating online, but they could not be verified on Monday.

Several accounts on social media claimed that a huge squid had been seen on the sand early on Sunday. One post, apparently from a local walker, said the animal was "the size of a bus".

The coastguard said it was aware of the reports and was looking into them. The county museum said it had not been contacted and could not comment on whether the animal was a squid.

It is unclear whether any pictures of the alleged stranding exist.`;

/** About something else entirely. */
export const UNRELATED = `The city council approved a budget of 41 million pounds for road repairs on Thursday, after a two-hour debate in which opposition members called the plan too timid.

The money will be spent over three years, mostly on resurfacing the ring road and replacing traffic lights in the northern districts.

Council leader Mark Haddow said the budget was the largest investment in the network for a decade. Opponents said it left cycle lanes without funding.`;
