/** Currency words of Chinese and Japanese news, by ISO 4217 code. */
export const ZH_CURRENCIES: Record<string, string> = {
  CNY: '元',
  HKD: '港元',
  MOP: '澳门元',
  USD: '美元',
  EUR: '欧元',
  JPY: '日元',
  GBP: '英镑',
};
export const JA_CURRENCIES: Record<string, string> = {
  CNY: '元',
  HKD: '香港ドル',
  MOP: 'パタカ',
  USD: '米ドル',
  EUR: 'ユーロ',
  JPY: '円',
  GBP: 'ポンド',
};

/**
 * An amount the way Chinese and Japanese write money: in 亿/億 (10^8) or 万 (10^4) with up to two
 * decimals (23.5亿元, 8500万元), plain below ten thousand.
 */
export function cjkMoney(amount: number, currency: string, hundredMillion: '亿' | '億', words: Record<string, string>): string {
  const unit = words[currency] ?? currency;
  const scaled = (n: number, word: string) => `${Number(n.toFixed(2))}${word}${unit}`;
  if (amount >= 1e8) return scaled(amount / 1e8, hundredMillion);
  if (amount >= 1e4) return scaled(amount / 1e4, '万');
  return `${Math.round(amount)}${unit}`;
}
