//! The SMS/voice provider: Twilio's wire format (signatures, TwiML, REST client).
