// One colour per ACLED event type (a colour-blind-safe qualitative palette).
export const TYPE_COLORS = {
  "Battles": "#d55e00",
  "Explosions/Remote violence": "#e69f00",
  "Violence against civilians": "#cc79a7",
  "Protests": "#009e73",
  "Riots": "#56b4e9",
  "Strategic developments": "#0072b2",
};

export function typeColor(type) {
  return TYPE_COLORS[type] || "#777777";
}

// Claims not stated as fact get a visible mark everywhere they appear.
export function isContested(status) {
  return status === "disputed" || status === "claimed" || status === "denied";
}
