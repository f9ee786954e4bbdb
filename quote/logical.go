package quote

// commaOutside reports the gap after a quotation punctuated the British
// way, its comma outside the closing mark: ‘Mind the horses’, said the
// groom, ‘they kick.’
func commaOutside(gap string) bool { return gap != "" && gap[0] == ',' }
